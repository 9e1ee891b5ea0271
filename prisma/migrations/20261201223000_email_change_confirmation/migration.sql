-- Issue 7 item 12: a new email address counts only once a link mailed to it is followed.
-- AlterEnum
ALTER TYPE "MemberTokenPurpose" ADD VALUE 'EMAIL_CHANGE';

-- AlterTable
ALTER TABLE "MemberToken" ADD COLUMN     "newEmail" TEXT;

