-- Search by language (docs/decisions/024-search-by-language.md, replacing decision 003's 'english'
-- for all): a publication's language picks the text-search configuration its words are stemmed
-- with, so "droits" finds "droit" in a French text and "derechos" finds "derecho" in a Spanish one.
-- Events gain a search vector like the other searchable records. Function bodies hold no
-- semicolons (Prisma's tooling splits scripts on them).

-- The configuration for a BCP 47 tag: its primary language when PostgreSQL stems it, else english.
CREATE FUNCTION portal_search_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE lower(split_part(coalesce(language, ''), '-', 1))
    WHEN 'fr' THEN 'french'::regconfig
    WHEN 'es' THEN 'spanish'::regconfig
    ELSE 'english'::regconfig END $$;

ALTER TABLE "Publication" DROP COLUMN "searchVector";
DROP FUNCTION publication_search_vector(text, text, text[], text);

CREATE FUNCTION publication_search_vector(language text, title text, summary text, authors text[], body text)
  RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT
    setweight(to_tsvector(portal_search_config(language), coalesce(title, '')), 'A') ||
    setweight(to_tsvector(portal_search_config(language),
      coalesce(summary, '') || ' ' || portal_search_text(authors)), 'B') ||
    setweight(to_tsvector(portal_search_config(language), coalesce(body, '')), 'C') $$;

ALTER TABLE "Publication" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (publication_search_vector("language", "title", "summary", "authors", "body")) STORED;
CREATE INDEX "Publication_searchVector_idx" ON "Publication" USING GIN ("searchVector");

CREATE FUNCTION event_search_vector(title text, location text, description text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(location, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C') $$;

ALTER TABLE "Event" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (event_search_vector("title", "location", "description")) STORED;
CREATE INDEX "Event_searchVector_idx" ON "Event" USING GIN ("searchVector");

-- What a visitor's search reads of an organisation: its name, and its description only while that
-- is shown to everyone (descriptionVisibility). Members search "searchVector", with the description
-- always; a visitor's query never touches a members-only word, not even through an exclusion.
ALTER TABLE "Organization" ADD COLUMN "publicSearchVector" tsvector
  GENERATED ALWAYS AS (organization_search_vector("name",
    CASE WHEN "descriptionVisibility" = 'PUBLIC'::"Visibility" THEN "description" END)) STORED;
CREATE INDEX "Organization_publicSearchVector_idx" ON "Organization" USING GIN ("publicSearchVector");

-- The directory's "newest first" order (lib/site/orderings.ts organizationsNewestFirst).
CREATE INDEX "Organization_status_joinedAt_id_idx" ON "Organization"("status", "joinedAt" DESC, "id");

-- The directory's country and theme counts read whether each organisation shows them from here
-- (an index-only scan) instead of the table.
CREATE INDEX "Organization_status_countriesVisibility_themesVisibility_id_idx"
  ON "Organization"("status", "countriesVisibility", "themesVisibility", "id");

-- How many publications each configuration holds, for the planner: without it, it guesses 0.5 % for
-- `portal_search_config(language) = 'english'`, takes a word in most rows for a rare one, and sorts
-- every match instead of reading the newest in index order until the search's sample is full.
CREATE STATISTICS "Publication_search_config_stat" ON (portal_search_config("language")) FROM "Publication";
