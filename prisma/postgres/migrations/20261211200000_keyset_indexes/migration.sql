-- The list's keyset order on PostgreSQL (decision 028). SQLite ends every index with the rowid and
-- takes "deletedAt" IS NULL as a fixed first column, so its (deletedAt, eventDate) and
-- (deletedAt, killedTotal, eventDate) indexes give the orders "eventDate, id" and
-- "killedTotal, eventDate, id" the keyset reads walk. PostgreSQL does neither: an index holds only the
-- columns it names, and IS NULL on a first column does not let the planner use the order of the
-- columns after it. It read the whole table and sorted it for every page (about 200 ms for 26 rows
-- at 100,000 incidents). These partial indexes hold the incidents outside the trash in exactly those
-- orders, id last. Not in the Prisma model (which cannot say WHERE, and SQLite needs none), like the
-- text search indexes of 20261210000200_text_search.

CREATE INDEX "Incident_live_by_date_idx" ON "Incident"("eventDate", "id") WHERE "deletedAt" IS NULL;

CREATE INDEX "Incident_live_by_killed_idx" ON "Incident"("killedTotal", "eventDate", "id") WHERE "deletedAt" IS NULL;
