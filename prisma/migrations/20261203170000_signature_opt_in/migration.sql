-- Signing campaigns (issue 9): double opt-in by a single-use, expiring link (only its sha256 is
-- kept), one signature per person per campaign matched on a normalised address (emailKey), the
-- consent text's version, repeat-notice count, held and withdrawn signatures.
ALTER TABLE "Signature" ADD COLUMN     "confirmExpiresAt" TIMESTAMP(3),
ADD COLUMN     "confirmTokenHash" TEXT,
ADD COLUMN     "consentVersion" TEXT,
ADD COLUMN     "emailKey" TEXT,
ADD COLUMN     "heldAt" TIMESTAMP(3),
ADD COLUMN     "repeatNotices" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- Existing signatures get the key lib/campaigns/email-key.ts gives (lower case, no +tag; gmail.com
-- for googlemail.com, without dots). Where two of one campaign fold into one key, the first signed
-- keeps it and the others keep none: they stay as they were, and no row is lost.
WITH keyed AS (
  SELECT id, "campaignId", key, row_number() OVER (PARTITION BY "campaignId", key ORDER BY "createdAt", id) AS n
  FROM (
    SELECT id, "campaignId", "createdAt",
      CASE WHEN domain = 'gmail.com' THEN replace(local, '.', '') ELSE local END || '@' || domain AS key
    FROM (
      SELECT id, "campaignId", "createdAt",
        regexp_replace(split_part(lower(trim(email)), '@', 1), '\+.*$', '') AS local,
        CASE WHEN split_part(lower(trim(email)), '@', 2) = 'googlemail.com' THEN 'gmail.com'
             ELSE split_part(lower(trim(email)), '@', 2) END AS domain
      FROM "Signature"
      WHERE email IS NOT NULL AND position('@' IN email) > 0
    ) parts
  ) addresses
)
UPDATE "Signature" SET "emailKey" = keyed.key FROM keyed WHERE keyed.id = "Signature".id AND keyed.n = 1;

CREATE UNIQUE INDEX "Signature_confirmTokenHash_key" ON "Signature"("confirmTokenHash");

CREATE UNIQUE INDEX "Signature_campaignId_emailKey_key" ON "Signature"("campaignId", "emailKey");
