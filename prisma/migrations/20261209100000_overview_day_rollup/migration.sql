-- The overview's aggregates from a daily rollup (issue #17; decision 026). Incidents outside the trash,
-- counted and their killedTotal summed per day, province, country, event type and status, kept exact
-- by triggers on Incident in the writer's own transaction, exactly as IncidentMonthRollup (decision
-- 025) is: no writer has code of its own for it. The per-province counts, the histogram and the date
-- extent read whole months from the monthly rollup and the days of part months from this one. A
-- province is '' when the incident has none. Not in schema.prisma: only raw SQL reads it.

-- CreateTable
CREATE TABLE "IncidentDayRollup" (
    "day" TEXT NOT NULL,
    "provinceIso" TEXT NOT NULL,
    "countryIso3" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "killed" INTEGER NOT NULL,
    PRIMARY KEY ("day", "provinceIso", "countryIso3", "eventType", "status")
) WITHOUT ROWID;

-- Fill from the existing incidents.
INSERT INTO "IncidentDayRollup"
SELECT substr("eventDate", 1, 10), coalesce("provinceIso", ''), "countryIso3", "eventType", "status", COUNT(*), coalesce(SUM("killedTotal"), 0)
FROM "Incident" WHERE "deletedAt" IS NULL
GROUP BY 1, 2, 3, 4, 5;

-- An incident enters its group (insert, restore, the new side of an edit).
CREATE TRIGGER "Incident_day_rollup_insert" AFTER INSERT ON "Incident" WHEN NEW."deletedAt" IS NULL BEGIN
  INSERT INTO "IncidentDayRollup" VALUES (substr(NEW."eventDate", 1, 10), coalesce(NEW."provinceIso", ''), NEW."countryIso3", NEW."eventType", NEW."status", 1,
    coalesce(NEW."killedTotal", 0))
  ON CONFLICT DO UPDATE SET "count" = "count" + 1, "killed" = "killed" + excluded."killed";
END;

-- An incident leaves its group (hard delete).
CREATE TRIGGER "Incident_day_rollup_delete" AFTER DELETE ON "Incident" WHEN OLD."deletedAt" IS NULL BEGIN
  UPDATE "IncidentDayRollup" SET "count" = "count" - 1, "killed" = "killed" - coalesce(OLD."killedTotal", 0)
  WHERE "day" = substr(OLD."eventDate", 1, 10) AND "provinceIso" = coalesce(OLD."provinceIso", '') AND "countryIso3" = OLD."countryIso3"
    AND "eventType" = OLD."eventType" AND "status" = OLD."status";
END;

-- An edit of a counted column: out of the old group (unless it was in the trash), into the new one
-- (unless it is now). Two triggers, as a trigger has one WHEN.
CREATE TRIGGER "Incident_day_rollup_update_old" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt",
  "killedTotal" ON "Incident" WHEN OLD."deletedAt" IS NULL BEGIN
  UPDATE "IncidentDayRollup" SET "count" = "count" - 1, "killed" = "killed" - coalesce(OLD."killedTotal", 0)
  WHERE "day" = substr(OLD."eventDate", 1, 10) AND "provinceIso" = coalesce(OLD."provinceIso", '') AND "countryIso3" = OLD."countryIso3"
    AND "eventType" = OLD."eventType" AND "status" = OLD."status";
END;

CREATE TRIGGER "Incident_day_rollup_update_new" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt",
  "killedTotal" ON "Incident" WHEN NEW."deletedAt" IS NULL BEGIN
  INSERT INTO "IncidentDayRollup" VALUES (substr(NEW."eventDate", 1, 10), coalesce(NEW."provinceIso", ''), NEW."countryIso3", NEW."eventType", NEW."status", 1,
    coalesce(NEW."killedTotal", 0))
  ON CONFLICT DO UPDATE SET "count" = "count" + 1, "killed" = "killed" + excluded."killed";
END;
