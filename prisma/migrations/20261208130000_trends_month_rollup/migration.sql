-- The trends page from a monthly rollup (issue #16's budget; decision 025). Incidents outside the
-- trash, counted and their killed summed per month, province, country, event type and status: every
-- dimension the trends page can filter on without reading incidents. Triggers on Incident keep it
-- exact in the writer's own transaction, so no writer (form, API, review, import, trash, restore,
-- hard delete) has code of its own for it. A province is '' when the incident has none (a key column
-- cannot be NULL in an upsert's conflict target). Not in schema.prisma: only raw SQL reads it, as the
-- text-search tables.

-- CreateTable
CREATE TABLE "IncidentMonthRollup" (
    "month" TEXT NOT NULL,
    "provinceIso" TEXT NOT NULL,
    "countryIso3" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "killed" INTEGER NOT NULL,
    "security" INTEGER NOT NULL,
    "civilians" INTEGER NOT NULL,
    "militants" INTEGER NOT NULL,
    PRIMARY KEY ("month", "provinceIso", "countryIso3", "eventType", "status")
) WITHOUT ROWID;

-- Fill from the existing incidents.
INSERT INTO "IncidentMonthRollup"
SELECT substr("eventDate", 1, 7), coalesce("provinceIso", ''), "countryIso3", "eventType", "status", COUNT(*),
  coalesce(SUM("killedTotal"), 0), coalesce(SUM("killedSecurity"), 0), coalesce(SUM("killedCivilians"), 0), coalesce(SUM("killedMilitants"), 0)
FROM "Incident" WHERE "deletedAt" IS NULL
GROUP BY 1, 2, 3, 4, 5;

-- An incident enters its group (insert, restore, the new side of an edit).
CREATE TRIGGER "Incident_month_rollup_insert" AFTER INSERT ON "Incident" WHEN NEW."deletedAt" IS NULL BEGIN
  INSERT INTO "IncidentMonthRollup" VALUES (substr(NEW."eventDate", 1, 7), coalesce(NEW."provinceIso", ''), NEW."countryIso3", NEW."eventType", NEW."status", 1,
    coalesce(NEW."killedTotal", 0), coalesce(NEW."killedSecurity", 0), coalesce(NEW."killedCivilians", 0), coalesce(NEW."killedMilitants", 0))
  ON CONFLICT DO UPDATE SET "count" = "count" + 1, "killed" = "killed" + excluded."killed", "security" = "security" + excluded."security",
    "civilians" = "civilians" + excluded."civilians", "militants" = "militants" + excluded."militants";
END;

-- An incident leaves its group (hard delete).
CREATE TRIGGER "Incident_month_rollup_delete" AFTER DELETE ON "Incident" WHEN OLD."deletedAt" IS NULL BEGIN
  UPDATE "IncidentMonthRollup" SET "count" = "count" - 1, "killed" = "killed" - coalesce(OLD."killedTotal", 0),
    "security" = "security" - coalesce(OLD."killedSecurity", 0), "civilians" = "civilians" - coalesce(OLD."killedCivilians", 0),
    "militants" = "militants" - coalesce(OLD."killedMilitants", 0)
  WHERE "month" = substr(OLD."eventDate", 1, 7) AND "provinceIso" = coalesce(OLD."provinceIso", '') AND "countryIso3" = OLD."countryIso3"
    AND "eventType" = OLD."eventType" AND "status" = OLD."status";
END;

-- An edit of a counted column: out of the old group (unless it was in the trash), into the new one
-- (unless it is now). Two triggers, as a trigger has one WHEN; SQLite runs them in either order,
-- which does not change the sums.
CREATE TRIGGER "Incident_month_rollup_update_old" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt",
  "killedTotal", "killedSecurity", "killedCivilians", "killedMilitants" ON "Incident" WHEN OLD."deletedAt" IS NULL BEGIN
  UPDATE "IncidentMonthRollup" SET "count" = "count" - 1, "killed" = "killed" - coalesce(OLD."killedTotal", 0),
    "security" = "security" - coalesce(OLD."killedSecurity", 0), "civilians" = "civilians" - coalesce(OLD."killedCivilians", 0),
    "militants" = "militants" - coalesce(OLD."killedMilitants", 0)
  WHERE "month" = substr(OLD."eventDate", 1, 7) AND "provinceIso" = coalesce(OLD."provinceIso", '') AND "countryIso3" = OLD."countryIso3"
    AND "eventType" = OLD."eventType" AND "status" = OLD."status";
END;

CREATE TRIGGER "Incident_month_rollup_update_new" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt",
  "killedTotal", "killedSecurity", "killedCivilians", "killedMilitants" ON "Incident" WHEN NEW."deletedAt" IS NULL BEGIN
  INSERT INTO "IncidentMonthRollup" VALUES (substr(NEW."eventDate", 1, 7), coalesce(NEW."provinceIso", ''), NEW."countryIso3", NEW."eventType", NEW."status", 1,
    coalesce(NEW."killedTotal", 0), coalesce(NEW."killedSecurity", 0), coalesce(NEW."killedCivilians", 0), coalesce(NEW."killedMilitants", 0))
  ON CONFLICT DO UPDATE SET "count" = "count" + 1, "killed" = "killed" + excluded."killed", "security" = "security" + excluded."security",
    "civilians" = "civilians" + excluded."civilians", "militants" = "militants" + excluded."militants";
END;
