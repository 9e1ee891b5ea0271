-- An account that already exists is asked to join a team by a mailed link (TEAM_INVITATION), which
-- names the team and whether they would run it, instead of being added without being asked.

-- AlterEnum
ALTER TYPE "MemberTokenPurpose" ADD VALUE 'TEAM_INVITATION';

-- AlterTable
ALTER TABLE "MemberToken" ADD COLUMN     "organizationAdmin" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "organizationId" TEXT;

-- AddForeignKey
ALTER TABLE "MemberToken" ADD CONSTRAINT "MemberToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
