-- Organisation teams (docs/decisions/029-organisation-teams.md): a member may run their
-- organisation's team.
ALTER TABLE "Member" ADD COLUMN     "organizationAdmin" BOOLEAN NOT NULL DEFAULT false;

-- Every organisation that joined by an application is run by the contact person it invited, as
-- approvals do from now on.
UPDATE "Member" AS m SET "organizationAdmin" = true
FROM "MembershipApplication" AS a
WHERE a."organizationId" = m."organizationId" AND lower(a."contactEmail") = lower(m."email");

-- An organisation with one member and no admin yet is run by that member.
UPDATE "Member" AS m SET "organizationAdmin" = true
WHERE m."organizationId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Member" AS o WHERE o."organizationId" = m."organizationId" AND o."organizationAdmin")
  AND (SELECT count(*) FROM "Member" AS o WHERE o."organizationId" = m."organizationId") = 1
