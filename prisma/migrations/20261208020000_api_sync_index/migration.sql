-- The JSON API's incremental sync (/api/v1/publications?changedSince=…): a visitor's publications
-- changed since a time, the least recently changed first (lib/api/queries.ts), read from the index in
-- that order and counted from it alone (embargoUntil is in it, so the read scope needs no heap).
-- CreateIndex
CREATE INDEX "Publication_status_visibility_updatedAt_id_embargoUntil_idx" ON "Publication"("status", "visibility", "updatedAt", "id", "embargoUntil");
