-- The readable-scope index also holds each publication's id, so counting readable publications per
-- region, country or theme (the library's facets, its totals by region) joins the join tables to an
-- index-only scan instead of reading every wide Publication row (body, search vector) from the heap.
DROP INDEX "Publication_status_visibility_kind_language_embargoUntil_idx";

CREATE INDEX "Publication_readable_scope_idx" ON "Publication"("status", "visibility", "kind", "language", "embargoUntil", "id");

-- The review queue (in review, oldest change first) and /manage/publications by state (newest change
-- first) read this index in order and stop after a page, instead of sorting every row of the state.
CREATE INDEX "Publication_status_updatedAt_id_idx" ON "Publication"("status", "updatedAt", "id");

-- /manage/publications in every state, last changed first: read in order and stop after a page.
CREATE INDEX "Publication_updatedAt_id_idx" ON "Publication"("updatedAt" DESC, "id");
