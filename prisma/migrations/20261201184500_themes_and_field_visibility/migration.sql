-- Themes become one managed vocabulary (a table), and each organisation profile field says who sees
-- it with the Visibility enum publications already use (PUBLIC / MEMBERS), one column per field.
-- Written from Prisma's diff, with the data carried over by hand. No semicolon may appear inside a
-- comment or a function body: Prisma's tooling splits scripts on them (decision 002).

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_label_key" ON "Theme"("label");

-- CreateTable
CREATE TABLE "_OrganizationToTheme" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_OrganizationToTheme_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_MembershipApplicationToTheme" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MembershipApplicationToTheme_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PublicationToTheme" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PublicationToTheme_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_OrganizationToTheme_B_index" ON "_OrganizationToTheme"("B");

-- CreateIndex
CREATE INDEX "_MembershipApplicationToTheme_B_index" ON "_MembershipApplicationToTheme"("B");

-- CreateIndex
CREATE INDEX "_PublicationToTheme_B_index" ON "_PublicationToTheme"("B");

-- AddForeignKey
ALTER TABLE "_OrganizationToTheme" ADD CONSTRAINT "_OrganizationToTheme_A_fkey" FOREIGN KEY ("A") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OrganizationToTheme" ADD CONSTRAINT "_OrganizationToTheme_B_fkey" FOREIGN KEY ("B") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MembershipApplicationToTheme" ADD CONSTRAINT "_MembershipApplicationToTheme_A_fkey" FOREIGN KEY ("A") REFERENCES "MembershipApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MembershipApplicationToTheme" ADD CONSTRAINT "_MembershipApplicationToTheme_B_fkey" FOREIGN KEY ("B") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PublicationToTheme" ADD CONSTRAINT "_PublicationToTheme_A_fkey" FOREIGN KEY ("A") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PublicationToTheme" ADD CONSTRAINT "_PublicationToTheme_B_fkey" FOREIGN KEY ("B") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by hand: every theme written so far becomes a row of the vocabulary. Its slug is the label in
-- lower case with runs of other characters as one hyphen (the portal's own slugs transliterate, these
-- do not need to). Labels that give the same slug become one theme, named by the first label in
-- byte order.
CREATE TEMPORARY TABLE "theme_labels" AS
  SELECT DISTINCT label,
    coalesce(nullif(trim(BOTH '-' FROM regexp_replace(lower(label), '[^a-z0-9]+', '-', 'g')), ''),
      'theme-' || substr(md5(label), 1, 8)) AS slug
  FROM (
    SELECT btrim(unnest("themes")) AS label FROM "Organization"
    UNION SELECT btrim(unnest("themes")) FROM "Publication"
    UNION SELECT btrim(unnest("themes")) FROM "MembershipApplication"
  ) AS written
  WHERE label <> '';

INSERT INTO "Theme" ("id", "slug", "label")
  SELECT 'theme_' || substr(md5(slug), 1, 19), slug, min(label COLLATE "C") FROM "theme_labels" GROUP BY slug;

INSERT INTO "_OrganizationToTheme" ("A", "B")
  SELECT DISTINCT o."id", t."id" FROM "Organization" o
  CROSS JOIN LATERAL unnest(o."themes") AS written(label)
  JOIN "theme_labels" l ON l.label = btrim(written.label)
  JOIN "Theme" t ON t."slug" = l.slug;

INSERT INTO "_PublicationToTheme" ("A", "B")
  SELECT DISTINCT p."id", t."id" FROM "Publication" p
  CROSS JOIN LATERAL unnest(p."themes") AS written(label)
  JOIN "theme_labels" l ON l.label = btrim(written.label)
  JOIN "Theme" t ON t."slug" = l.slug;

INSERT INTO "_MembershipApplicationToTheme" ("A", "B")
  SELECT DISTINCT a."id", t."id" FROM "MembershipApplication" a
  CROSS JOIN LATERAL unnest(a."themes") AS written(label)
  JOIN "theme_labels" l ON l.label = btrim(written.label)
  JOIN "Theme" t ON t."slug" = l.slug;

DROP TABLE "theme_labels";

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "descriptionVisibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
ADD COLUMN "websiteVisibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
ADD COLUMN "contactEmailVisibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
ADD COLUMN "themesVisibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
ADD COLUMN "countriesVisibility" "Visibility" NOT NULL DEFAULT 'PUBLIC';

-- Added by hand: the fields an organisation kept for members stay kept.
UPDATE "Organization" SET
  "descriptionVisibility" = CASE WHEN 'description' = ANY("membersOnlyFields") THEN 'MEMBERS'::"Visibility" ELSE 'PUBLIC'::"Visibility" END,
  "websiteVisibility" = CASE WHEN 'website' = ANY("membersOnlyFields") THEN 'MEMBERS'::"Visibility" ELSE 'PUBLIC'::"Visibility" END,
  "contactEmailVisibility" = CASE WHEN 'contactEmail' = ANY("membersOnlyFields") THEN 'MEMBERS'::"Visibility" ELSE 'PUBLIC'::"Visibility" END,
  "themesVisibility" = CASE WHEN 'themes' = ANY("membersOnlyFields") THEN 'MEMBERS'::"Visibility" ELSE 'PUBLIC'::"Visibility" END,
  "countriesVisibility" = CASE WHEN 'countries' = ANY("membersOnlyFields") THEN 'MEMBERS'::"Visibility" ELSE 'PUBLIC'::"Visibility" END
  WHERE cardinality("membersOnlyFields") > 0;

-- Added by hand: the search vectors no longer read the themes columns, which go. Theme words reach
-- search through the Theme table (issue 10), not a generated column, which cannot read another table.
ALTER TABLE "Organization" DROP COLUMN "searchVector";
ALTER TABLE "Publication" DROP COLUMN "searchVector";
DROP FUNCTION organization_search_vector(text, text[], text);
DROP FUNCTION publication_search_vector(text, text, text[], text[], text);

CREATE FUNCTION organization_search_vector(name text, description text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT
    setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C') $$;

CREATE FUNCTION publication_search_vector(title text, summary text, authors text[], body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig,
      coalesce(summary, '') || ' ' || portal_search_text(authors)), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C') $$;

-- DropIndex
DROP INDEX "Organization_status_themes_membersOnlyFields_idx";

-- DropIndex
DROP INDEX "Organization_themes_idx";

-- DropIndex
DROP INDEX "Publication_status_visibility_kind_language_themes_idx";

-- DropIndex
DROP INDEX "Publication_themes_idx";

-- AlterTable
ALTER TABLE "MembershipApplication" DROP COLUMN "themes";

-- AlterTable
ALTER TABLE "Organization" DROP COLUMN "membersOnlyFields",
DROP COLUMN "themes";

-- AlterTable
ALTER TABLE "Publication" DROP COLUMN "themes";

ALTER TABLE "Organization" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (organization_search_vector("name", "description")) STORED;
CREATE INDEX "Organization_searchVector_idx" ON "Organization" USING GIN ("searchVector");

ALTER TABLE "Publication" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (publication_search_vector("title", "summary", "authors", "body")) STORED;
CREATE INDEX "Publication_searchVector_idx" ON "Publication" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Publication_status_visibility_kind_language_idx" ON "Publication"("status", "visibility", "kind", "language");
