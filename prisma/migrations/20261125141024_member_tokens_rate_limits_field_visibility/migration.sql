-- CreateEnum
CREATE TYPE "MemberTokenPurpose" AS ENUM ('INVITATION', 'PASSWORD_RESET', 'SIGN_IN_LINK');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "membersOnlyFields" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "MemberToken" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "purpose" "MemberTokenPurpose" NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "MemberToken_tokenHash_key" ON "MemberToken"("tokenHash");

-- CreateIndex
CREATE INDEX "MemberToken_memberId_purpose_idx" ON "MemberToken"("memberId", "purpose");

-- CreateIndex
CREATE INDEX "RateLimiterFlexible_expire_idx" ON "RateLimiterFlexible"("expire");

-- AddForeignKey
ALTER TABLE "MemberToken" ADD CONSTRAINT "MemberToken_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
