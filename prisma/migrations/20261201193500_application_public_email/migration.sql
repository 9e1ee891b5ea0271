-- An application names the organisation's general address for the directory apart from the contact
-- person's own, and who sees it (members only unless the applicant says otherwise). Approving no
-- longer copies the person's own address into the public profile.

-- AlterTable
ALTER TABLE "MembershipApplication" ADD COLUMN     "publicEmail" TEXT,
ADD COLUMN     "publicEmailVisibility" "Visibility" NOT NULL DEFAULT 'MEMBERS';

-- Added by hand: organisations approved before showed their applicant's own address to everyone.
-- Where the profile still shows that address, it is kept for members until the organisation says otherwise.
UPDATE "Organization" AS o SET "contactEmailVisibility" = 'MEMBERS'
  FROM "MembershipApplication" AS a
  WHERE a."organizationId" = o."id" AND lower(o."contactEmail") = lower(a."contactEmail");
