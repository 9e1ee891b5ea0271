-- Full-text search: one weighted tsvector per searchable row, as a generated column over the row's
-- text, with the GIN indexes the init migration declared. The helper functions are IMMUTABLE SQL
-- functions (array_to_string alone is only STABLE, which generated columns refuse). Their bodies hold
-- no semicolons so that Prisma's migration tooling, which splits scripts on them, can replay this file.
-- The 'english' configuration is used for every language for now, see docs/decisions/004-search.md.

CREATE FUNCTION portal_search_text(parts text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string(parts, ' '), '') $$;

CREATE FUNCTION organization_search_vector(name text, themes text[], description text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT
    setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, portal_search_text(themes)), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C') $$;

CREATE FUNCTION publication_search_vector(title text, summary text, authors text[], themes text[], body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig,
      coalesce(summary, '') || ' ' || portal_search_text(authors) || ' ' || portal_search_text(themes)), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C') $$;

CREATE FUNCTION campaign_search_vector(title text, goal text, call_to_action text, targets text[], body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig,
      coalesce(goal, '') || ' ' || coalesce(call_to_action, '') || ' ' || portal_search_text(targets)), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C') $$;

-- Replace the plain columns of the init migration with generated ones (dropping a column drops its index).
ALTER TABLE "Organization" DROP COLUMN "searchVector";
ALTER TABLE "Organization" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (organization_search_vector("name", "themes", "description")) STORED;
CREATE INDEX "Organization_searchVector_idx" ON "Organization" USING GIN ("searchVector");

ALTER TABLE "Publication" DROP COLUMN "searchVector";
ALTER TABLE "Publication" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (publication_search_vector("title", "summary", "authors", "themes", "body")) STORED;
CREATE INDEX "Publication_searchVector_idx" ON "Publication" USING GIN ("searchVector");

ALTER TABLE "Campaign" DROP COLUMN "searchVector";
ALTER TABLE "Campaign" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (campaign_search_vector("title", "goal", "callToAction", "targets", "body")) STORED;
CREATE INDEX "Campaign_searchVector_idx" ON "Campaign" USING GIN ("searchVector");
