-- Free-text search (docs/decisions/006-text-search-and-filter-indexes.md). Two FTS5 indexes with the
-- trigram tokenizer over the columns the `q` filter searches. They are external-content tables: they
-- hold only the index, the text stays in "Incident" and "Source", and the triggers below keep them in
-- step with every write, Prisma's or raw SQL's (the bulk importer, the synthetic generator).
-- Prisma does not manage virtual tables: they live only in migrations, never in schema.prisma.
CREATE VIRTUAL TABLE "IncidentTextSearch" USING fts5(
  "title", "summary", "location", "district",
  content = 'Incident', content_rowid = 'id', tokenize = 'trigram', detail = 'none'
);

CREATE VIRTUAL TABLE "SourceTextSearch" USING fts5(
  "headline",
  content = 'Source', content_rowid = 'id', tokenize = 'trigram', detail = 'none'
);

INSERT INTO "IncidentTextSearch" ("IncidentTextSearch") VALUES ('rebuild');
INSERT INTO "SourceTextSearch" ("SourceTextSearch") VALUES ('rebuild');

CREATE TRIGGER "Incident_text_search_insert" AFTER INSERT ON "Incident" BEGIN
  INSERT INTO "IncidentTextSearch" ("rowid", "title", "summary", "location", "district")
  VALUES (new."id", new."title", new."summary", new."location", new."district");
END;

CREATE TRIGGER "Incident_text_search_delete" AFTER DELETE ON "Incident" BEGIN
  INSERT INTO "IncidentTextSearch" ("IncidentTextSearch", "rowid", "title", "summary", "location", "district")
  VALUES ('delete', old."id", old."title", old."summary", old."location", old."district");
END;

CREATE TRIGGER "Incident_text_search_update" AFTER UPDATE OF "id", "title", "summary", "location", "district" ON "Incident" BEGIN
  INSERT INTO "IncidentTextSearch" ("IncidentTextSearch", "rowid", "title", "summary", "location", "district")
  VALUES ('delete', old."id", old."title", old."summary", old."location", old."district");
  INSERT INTO "IncidentTextSearch" ("rowid", "title", "summary", "location", "district")
  VALUES (new."id", new."title", new."summary", new."location", new."district");
END;

CREATE TRIGGER "Source_text_search_insert" AFTER INSERT ON "Source" BEGIN
  INSERT INTO "SourceTextSearch" ("rowid", "headline") VALUES (new."id", new."headline");
END;

CREATE TRIGGER "Source_text_search_delete" AFTER DELETE ON "Source" BEGIN
  INSERT INTO "SourceTextSearch" ("SourceTextSearch", "rowid", "headline") VALUES ('delete', old."id", old."headline");
END;

CREATE TRIGGER "Source_text_search_update" AFTER UPDATE OF "id", "headline" ON "Source" BEGIN
  INSERT INTO "SourceTextSearch" ("SourceTextSearch", "rowid", "headline") VALUES ('delete', old."id", old."headline");
  INSERT INTO "SourceTextSearch" ("rowid", "headline") VALUES (new."id", new."headline");
END;

-- Filter indexes (same decision record). A minimum killed, alone or with a country, reads a range of
-- this index instead of the whole table; it also serves the list sorted by killed, so it replaces
-- the index on killedTotal alone.
-- DropIndex
DROP INDEX "Incident_killedTotal_idx";

-- CreateIndex
CREATE INDEX "Incident_deletedAt_killedTotal_countryIso3_eventDate_idx" ON "Incident"("deletedAt", "killedTotal", "countryIso3", "eventDate");

-- A covering index by country, like the other overview indexes (decision 003): with only
-- (countryIso3, eventDate), a country filter's histogram read the whole table row by row.
-- DropIndex
DROP INDEX "Incident_countryIso3_eventDate_idx";

-- CreateIndex
CREATE INDEX "Incident_overview_by_country_idx" ON "Incident"("deletedAt", "countryIso3", "eventDate", "provinceIso", "eventType", "subEventType", "status", "killedTotal", "latitude", "longitude", "geoPrecision");

-- The actor filter reads incident ids for the chosen actors from the index alone.
-- DropIndex
DROP INDEX "IncidentActor_actorId_idx";

-- CreateIndex
CREATE INDEX "IncidentActor_actorId_incidentId_idx" ON "IncidentActor"("actorId", "incidentId");
