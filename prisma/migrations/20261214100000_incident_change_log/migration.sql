-- The ids of the incidents written, in the order of the writes (issue #17, decision 027, amendment
-- of 2026-12-06): the map's kept cluster index of a filter is patched with the changed incidents'
-- current points instead of being read again whole. Written by triggers on Incident in the writer's
-- own transaction (the form, the API, an import, trash, restore, merge, purge alike). SQLite has one
-- writer at a time, so "seq" grows in the order the writes commit, and a reader that saw position P
-- has seen every change up to P and none after. Bounded: every 4,096th entry trims those more than
-- 100,000 behind it, so the newest 100,000 are always there and an index at most that far behind can
-- be patched. Not in schema.prisma: only raw SQL reads it.

-- CreateTable
CREATE TABLE "IncidentChange" (
    "seq" INTEGER NOT NULL PRIMARY KEY,
    "incidentId" INTEGER NOT NULL
);

CREATE TRIGGER "Incident_change_insert" AFTER INSERT ON "Incident" BEGIN
  INSERT INTO "IncidentChange" ("incidentId") VALUES (NEW."id");
END;

CREATE TRIGGER "Incident_change_update" AFTER UPDATE ON "Incident" BEGIN
  INSERT INTO "IncidentChange" ("incidentId") VALUES (NEW."id");
  INSERT INTO "IncidentChange" ("incidentId") SELECT OLD."id" WHERE OLD."id" <> NEW."id";
END;

CREATE TRIGGER "Incident_change_delete" AFTER DELETE ON "Incident" BEGIN
  INSERT INTO "IncidentChange" ("incidentId") VALUES (OLD."id");
END;

CREATE TRIGGER "IncidentChange_trim" AFTER INSERT ON "IncidentChange" WHEN NEW."seq" % 4096 = 0 BEGIN
  DELETE FROM "IncidentChange" WHERE "seq" <= NEW."seq" - 100000;
END;
