-- The overview's aggregates for a minimum killed (issue #17; decision 026, section of 2026-12-10).
-- Incidents outside the trash whose toll is reported, per month (IncidentMonthKilledRollup) and per day
-- (IncidentDayKilledRollup), province ('' for none), country, event type and status, with for each
-- threshold t of 0, 1, 2, 3, 5, 10, 20, 50 and 100 the incidents that killed at least t ("count<t>")
-- and their killedTotal summed ("killed<t>"). A filter "killed at least t" for one of those t then
-- sums one pair of columns; any other minimum still reads the incidents. Kept exact by triggers on
-- Incident in the writer's own transaction, exactly as IncidentMonthRollup and IncidentDayRollup are
-- (decisions 025, 026): no writer has code of its own for them. Columns rather than a row per
-- threshold: the rows stay one per group, as many as the day and month rollups'. Not in
-- schema.prisma: only raw SQL reads them. The thresholds are KILLED_THRESHOLDS in
-- lib/incidents/rollups/rollup-definitions.ts.

-- CreateTable
CREATE TABLE "IncidentMonthKilledRollup" (
    "month" TEXT NOT NULL,
    "provinceIso" TEXT NOT NULL,
    "countryIso3" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "count0" INTEGER NOT NULL,
    "killed0" INTEGER NOT NULL,
    "count1" INTEGER NOT NULL,
    "killed1" INTEGER NOT NULL,
    "count2" INTEGER NOT NULL,
    "killed2" INTEGER NOT NULL,
    "count3" INTEGER NOT NULL,
    "killed3" INTEGER NOT NULL,
    "count5" INTEGER NOT NULL,
    "killed5" INTEGER NOT NULL,
    "count10" INTEGER NOT NULL,
    "killed10" INTEGER NOT NULL,
    "count20" INTEGER NOT NULL,
    "killed20" INTEGER NOT NULL,
    "count50" INTEGER NOT NULL,
    "killed50" INTEGER NOT NULL,
    "count100" INTEGER NOT NULL,
    "killed100" INTEGER NOT NULL,
    PRIMARY KEY ("month", "provinceIso", "countryIso3", "eventType", "status")
) WITHOUT ROWID;

-- Fill from the existing incidents.
INSERT INTO "IncidentMonthKilledRollup"
SELECT substr("eventDate", 1, 7), coalesce("provinceIso", ''), "countryIso3", "eventType", "status",
  COUNT(*), SUM("killedTotal"),
  SUM("killedTotal" >= 1), SUM(CASE WHEN "killedTotal" >= 1 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 2), SUM(CASE WHEN "killedTotal" >= 2 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 3), SUM(CASE WHEN "killedTotal" >= 3 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 5), SUM(CASE WHEN "killedTotal" >= 5 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 10), SUM(CASE WHEN "killedTotal" >= 10 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 20), SUM(CASE WHEN "killedTotal" >= 20 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 50), SUM(CASE WHEN "killedTotal" >= 50 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 100), SUM(CASE WHEN "killedTotal" >= 100 THEN "killedTotal" ELSE 0 END)
FROM "Incident" WHERE "deletedAt" IS NULL AND "killedTotal" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER "Incident_month_killed_rollup_insert" AFTER INSERT ON "Incident" WHEN NEW."deletedAt" IS NULL AND NEW."killedTotal" IS NOT NULL BEGIN
  INSERT INTO "IncidentMonthKilledRollup" VALUES (substr(NEW."eventDate", 1, 7), coalesce(NEW."provinceIso", ''), NEW."countryIso3", NEW."eventType", NEW."status",
    1, NEW."killedTotal",
    (NEW."killedTotal" >= 1), CASE WHEN NEW."killedTotal" >= 1 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 2), CASE WHEN NEW."killedTotal" >= 2 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 3), CASE WHEN NEW."killedTotal" >= 3 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 5), CASE WHEN NEW."killedTotal" >= 5 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 10), CASE WHEN NEW."killedTotal" >= 10 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 20), CASE WHEN NEW."killedTotal" >= 20 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 50), CASE WHEN NEW."killedTotal" >= 50 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 100), CASE WHEN NEW."killedTotal" >= 100 THEN NEW."killedTotal" ELSE 0 END)
  ON CONFLICT DO UPDATE SET
    "count0" = "count0" + excluded."count0", "killed0" = "killed0" + excluded."killed0",
    "count1" = "count1" + excluded."count1", "killed1" = "killed1" + excluded."killed1",
    "count2" = "count2" + excluded."count2", "killed2" = "killed2" + excluded."killed2",
    "count3" = "count3" + excluded."count3", "killed3" = "killed3" + excluded."killed3",
    "count5" = "count5" + excluded."count5", "killed5" = "killed5" + excluded."killed5",
    "count10" = "count10" + excluded."count10", "killed10" = "killed10" + excluded."killed10",
    "count20" = "count20" + excluded."count20", "killed20" = "killed20" + excluded."killed20",
    "count50" = "count50" + excluded."count50", "killed50" = "killed50" + excluded."killed50",
    "count100" = "count100" + excluded."count100", "killed100" = "killed100" + excluded."killed100";
END;

CREATE TRIGGER "Incident_month_killed_rollup_delete" AFTER DELETE ON "Incident" WHEN OLD."deletedAt" IS NULL AND OLD."killedTotal" IS NOT NULL BEGIN
  UPDATE "IncidentMonthKilledRollup" SET
    "count0" = "count0" - 1, "killed0" = "killed0" - OLD."killedTotal",
    "count1" = "count1" - (OLD."killedTotal" >= 1), "killed1" = "killed1" - CASE WHEN OLD."killedTotal" >= 1 THEN OLD."killedTotal" ELSE 0 END,
    "count2" = "count2" - (OLD."killedTotal" >= 2), "killed2" = "killed2" - CASE WHEN OLD."killedTotal" >= 2 THEN OLD."killedTotal" ELSE 0 END,
    "count3" = "count3" - (OLD."killedTotal" >= 3), "killed3" = "killed3" - CASE WHEN OLD."killedTotal" >= 3 THEN OLD."killedTotal" ELSE 0 END,
    "count5" = "count5" - (OLD."killedTotal" >= 5), "killed5" = "killed5" - CASE WHEN OLD."killedTotal" >= 5 THEN OLD."killedTotal" ELSE 0 END,
    "count10" = "count10" - (OLD."killedTotal" >= 10), "killed10" = "killed10" - CASE WHEN OLD."killedTotal" >= 10 THEN OLD."killedTotal" ELSE 0 END,
    "count20" = "count20" - (OLD."killedTotal" >= 20), "killed20" = "killed20" - CASE WHEN OLD."killedTotal" >= 20 THEN OLD."killedTotal" ELSE 0 END,
    "count50" = "count50" - (OLD."killedTotal" >= 50), "killed50" = "killed50" - CASE WHEN OLD."killedTotal" >= 50 THEN OLD."killedTotal" ELSE 0 END,
    "count100" = "count100" - (OLD."killedTotal" >= 100), "killed100" = "killed100" - CASE WHEN OLD."killedTotal" >= 100 THEN OLD."killedTotal" ELSE 0 END
  WHERE "month" = substr(OLD."eventDate", 1, 7) AND "provinceIso" = coalesce(OLD."provinceIso", '') AND "countryIso3" = OLD."countryIso3"
    AND "eventType" = OLD."eventType" AND "status" = OLD."status";
END;

CREATE TRIGGER "Incident_month_killed_rollup_update_old" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt", "killedTotal" ON "Incident"
  WHEN OLD."deletedAt" IS NULL AND OLD."killedTotal" IS NOT NULL BEGIN
  UPDATE "IncidentMonthKilledRollup" SET
    "count0" = "count0" - 1, "killed0" = "killed0" - OLD."killedTotal",
    "count1" = "count1" - (OLD."killedTotal" >= 1), "killed1" = "killed1" - CASE WHEN OLD."killedTotal" >= 1 THEN OLD."killedTotal" ELSE 0 END,
    "count2" = "count2" - (OLD."killedTotal" >= 2), "killed2" = "killed2" - CASE WHEN OLD."killedTotal" >= 2 THEN OLD."killedTotal" ELSE 0 END,
    "count3" = "count3" - (OLD."killedTotal" >= 3), "killed3" = "killed3" - CASE WHEN OLD."killedTotal" >= 3 THEN OLD."killedTotal" ELSE 0 END,
    "count5" = "count5" - (OLD."killedTotal" >= 5), "killed5" = "killed5" - CASE WHEN OLD."killedTotal" >= 5 THEN OLD."killedTotal" ELSE 0 END,
    "count10" = "count10" - (OLD."killedTotal" >= 10), "killed10" = "killed10" - CASE WHEN OLD."killedTotal" >= 10 THEN OLD."killedTotal" ELSE 0 END,
    "count20" = "count20" - (OLD."killedTotal" >= 20), "killed20" = "killed20" - CASE WHEN OLD."killedTotal" >= 20 THEN OLD."killedTotal" ELSE 0 END,
    "count50" = "count50" - (OLD."killedTotal" >= 50), "killed50" = "killed50" - CASE WHEN OLD."killedTotal" >= 50 THEN OLD."killedTotal" ELSE 0 END,
    "count100" = "count100" - (OLD."killedTotal" >= 100), "killed100" = "killed100" - CASE WHEN OLD."killedTotal" >= 100 THEN OLD."killedTotal" ELSE 0 END
  WHERE "month" = substr(OLD."eventDate", 1, 7) AND "provinceIso" = coalesce(OLD."provinceIso", '') AND "countryIso3" = OLD."countryIso3"
    AND "eventType" = OLD."eventType" AND "status" = OLD."status";
END;

CREATE TRIGGER "Incident_month_killed_rollup_update_new" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt", "killedTotal" ON "Incident"
  WHEN NEW."deletedAt" IS NULL AND NEW."killedTotal" IS NOT NULL BEGIN
  INSERT INTO "IncidentMonthKilledRollup" VALUES (substr(NEW."eventDate", 1, 7), coalesce(NEW."provinceIso", ''), NEW."countryIso3", NEW."eventType", NEW."status",
    1, NEW."killedTotal",
    (NEW."killedTotal" >= 1), CASE WHEN NEW."killedTotal" >= 1 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 2), CASE WHEN NEW."killedTotal" >= 2 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 3), CASE WHEN NEW."killedTotal" >= 3 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 5), CASE WHEN NEW."killedTotal" >= 5 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 10), CASE WHEN NEW."killedTotal" >= 10 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 20), CASE WHEN NEW."killedTotal" >= 20 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 50), CASE WHEN NEW."killedTotal" >= 50 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 100), CASE WHEN NEW."killedTotal" >= 100 THEN NEW."killedTotal" ELSE 0 END)
  ON CONFLICT DO UPDATE SET
    "count0" = "count0" + excluded."count0", "killed0" = "killed0" + excluded."killed0",
    "count1" = "count1" + excluded."count1", "killed1" = "killed1" + excluded."killed1",
    "count2" = "count2" + excluded."count2", "killed2" = "killed2" + excluded."killed2",
    "count3" = "count3" + excluded."count3", "killed3" = "killed3" + excluded."killed3",
    "count5" = "count5" + excluded."count5", "killed5" = "killed5" + excluded."killed5",
    "count10" = "count10" + excluded."count10", "killed10" = "killed10" + excluded."killed10",
    "count20" = "count20" + excluded."count20", "killed20" = "killed20" + excluded."killed20",
    "count50" = "count50" + excluded."count50", "killed50" = "killed50" + excluded."killed50",
    "count100" = "count100" + excluded."count100", "killed100" = "killed100" + excluded."killed100";
END;

-- CreateTable
CREATE TABLE "IncidentDayKilledRollup" (
    "day" TEXT NOT NULL,
    "provinceIso" TEXT NOT NULL,
    "countryIso3" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "count0" INTEGER NOT NULL,
    "killed0" INTEGER NOT NULL,
    "count1" INTEGER NOT NULL,
    "killed1" INTEGER NOT NULL,
    "count2" INTEGER NOT NULL,
    "killed2" INTEGER NOT NULL,
    "count3" INTEGER NOT NULL,
    "killed3" INTEGER NOT NULL,
    "count5" INTEGER NOT NULL,
    "killed5" INTEGER NOT NULL,
    "count10" INTEGER NOT NULL,
    "killed10" INTEGER NOT NULL,
    "count20" INTEGER NOT NULL,
    "killed20" INTEGER NOT NULL,
    "count50" INTEGER NOT NULL,
    "killed50" INTEGER NOT NULL,
    "count100" INTEGER NOT NULL,
    "killed100" INTEGER NOT NULL,
    PRIMARY KEY ("day", "provinceIso", "countryIso3", "eventType", "status")
) WITHOUT ROWID;

-- Fill from the existing incidents.
INSERT INTO "IncidentDayKilledRollup"
SELECT substr("eventDate", 1, 10), coalesce("provinceIso", ''), "countryIso3", "eventType", "status",
  COUNT(*), SUM("killedTotal"),
  SUM("killedTotal" >= 1), SUM(CASE WHEN "killedTotal" >= 1 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 2), SUM(CASE WHEN "killedTotal" >= 2 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 3), SUM(CASE WHEN "killedTotal" >= 3 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 5), SUM(CASE WHEN "killedTotal" >= 5 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 10), SUM(CASE WHEN "killedTotal" >= 10 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 20), SUM(CASE WHEN "killedTotal" >= 20 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 50), SUM(CASE WHEN "killedTotal" >= 50 THEN "killedTotal" ELSE 0 END),
  SUM("killedTotal" >= 100), SUM(CASE WHEN "killedTotal" >= 100 THEN "killedTotal" ELSE 0 END)
FROM "Incident" WHERE "deletedAt" IS NULL AND "killedTotal" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER "Incident_day_killed_rollup_insert" AFTER INSERT ON "Incident" WHEN NEW."deletedAt" IS NULL AND NEW."killedTotal" IS NOT NULL BEGIN
  INSERT INTO "IncidentDayKilledRollup" VALUES (substr(NEW."eventDate", 1, 10), coalesce(NEW."provinceIso", ''), NEW."countryIso3", NEW."eventType", NEW."status",
    1, NEW."killedTotal",
    (NEW."killedTotal" >= 1), CASE WHEN NEW."killedTotal" >= 1 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 2), CASE WHEN NEW."killedTotal" >= 2 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 3), CASE WHEN NEW."killedTotal" >= 3 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 5), CASE WHEN NEW."killedTotal" >= 5 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 10), CASE WHEN NEW."killedTotal" >= 10 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 20), CASE WHEN NEW."killedTotal" >= 20 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 50), CASE WHEN NEW."killedTotal" >= 50 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 100), CASE WHEN NEW."killedTotal" >= 100 THEN NEW."killedTotal" ELSE 0 END)
  ON CONFLICT DO UPDATE SET
    "count0" = "count0" + excluded."count0", "killed0" = "killed0" + excluded."killed0",
    "count1" = "count1" + excluded."count1", "killed1" = "killed1" + excluded."killed1",
    "count2" = "count2" + excluded."count2", "killed2" = "killed2" + excluded."killed2",
    "count3" = "count3" + excluded."count3", "killed3" = "killed3" + excluded."killed3",
    "count5" = "count5" + excluded."count5", "killed5" = "killed5" + excluded."killed5",
    "count10" = "count10" + excluded."count10", "killed10" = "killed10" + excluded."killed10",
    "count20" = "count20" + excluded."count20", "killed20" = "killed20" + excluded."killed20",
    "count50" = "count50" + excluded."count50", "killed50" = "killed50" + excluded."killed50",
    "count100" = "count100" + excluded."count100", "killed100" = "killed100" + excluded."killed100";
END;

CREATE TRIGGER "Incident_day_killed_rollup_delete" AFTER DELETE ON "Incident" WHEN OLD."deletedAt" IS NULL AND OLD."killedTotal" IS NOT NULL BEGIN
  UPDATE "IncidentDayKilledRollup" SET
    "count0" = "count0" - 1, "killed0" = "killed0" - OLD."killedTotal",
    "count1" = "count1" - (OLD."killedTotal" >= 1), "killed1" = "killed1" - CASE WHEN OLD."killedTotal" >= 1 THEN OLD."killedTotal" ELSE 0 END,
    "count2" = "count2" - (OLD."killedTotal" >= 2), "killed2" = "killed2" - CASE WHEN OLD."killedTotal" >= 2 THEN OLD."killedTotal" ELSE 0 END,
    "count3" = "count3" - (OLD."killedTotal" >= 3), "killed3" = "killed3" - CASE WHEN OLD."killedTotal" >= 3 THEN OLD."killedTotal" ELSE 0 END,
    "count5" = "count5" - (OLD."killedTotal" >= 5), "killed5" = "killed5" - CASE WHEN OLD."killedTotal" >= 5 THEN OLD."killedTotal" ELSE 0 END,
    "count10" = "count10" - (OLD."killedTotal" >= 10), "killed10" = "killed10" - CASE WHEN OLD."killedTotal" >= 10 THEN OLD."killedTotal" ELSE 0 END,
    "count20" = "count20" - (OLD."killedTotal" >= 20), "killed20" = "killed20" - CASE WHEN OLD."killedTotal" >= 20 THEN OLD."killedTotal" ELSE 0 END,
    "count50" = "count50" - (OLD."killedTotal" >= 50), "killed50" = "killed50" - CASE WHEN OLD."killedTotal" >= 50 THEN OLD."killedTotal" ELSE 0 END,
    "count100" = "count100" - (OLD."killedTotal" >= 100), "killed100" = "killed100" - CASE WHEN OLD."killedTotal" >= 100 THEN OLD."killedTotal" ELSE 0 END
  WHERE "day" = substr(OLD."eventDate", 1, 10) AND "provinceIso" = coalesce(OLD."provinceIso", '') AND "countryIso3" = OLD."countryIso3"
    AND "eventType" = OLD."eventType" AND "status" = OLD."status";
END;

CREATE TRIGGER "Incident_day_killed_rollup_update_old" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt", "killedTotal" ON "Incident"
  WHEN OLD."deletedAt" IS NULL AND OLD."killedTotal" IS NOT NULL BEGIN
  UPDATE "IncidentDayKilledRollup" SET
    "count0" = "count0" - 1, "killed0" = "killed0" - OLD."killedTotal",
    "count1" = "count1" - (OLD."killedTotal" >= 1), "killed1" = "killed1" - CASE WHEN OLD."killedTotal" >= 1 THEN OLD."killedTotal" ELSE 0 END,
    "count2" = "count2" - (OLD."killedTotal" >= 2), "killed2" = "killed2" - CASE WHEN OLD."killedTotal" >= 2 THEN OLD."killedTotal" ELSE 0 END,
    "count3" = "count3" - (OLD."killedTotal" >= 3), "killed3" = "killed3" - CASE WHEN OLD."killedTotal" >= 3 THEN OLD."killedTotal" ELSE 0 END,
    "count5" = "count5" - (OLD."killedTotal" >= 5), "killed5" = "killed5" - CASE WHEN OLD."killedTotal" >= 5 THEN OLD."killedTotal" ELSE 0 END,
    "count10" = "count10" - (OLD."killedTotal" >= 10), "killed10" = "killed10" - CASE WHEN OLD."killedTotal" >= 10 THEN OLD."killedTotal" ELSE 0 END,
    "count20" = "count20" - (OLD."killedTotal" >= 20), "killed20" = "killed20" - CASE WHEN OLD."killedTotal" >= 20 THEN OLD."killedTotal" ELSE 0 END,
    "count50" = "count50" - (OLD."killedTotal" >= 50), "killed50" = "killed50" - CASE WHEN OLD."killedTotal" >= 50 THEN OLD."killedTotal" ELSE 0 END,
    "count100" = "count100" - (OLD."killedTotal" >= 100), "killed100" = "killed100" - CASE WHEN OLD."killedTotal" >= 100 THEN OLD."killedTotal" ELSE 0 END
  WHERE "day" = substr(OLD."eventDate", 1, 10) AND "provinceIso" = coalesce(OLD."provinceIso", '') AND "countryIso3" = OLD."countryIso3"
    AND "eventType" = OLD."eventType" AND "status" = OLD."status";
END;

CREATE TRIGGER "Incident_day_killed_rollup_update_new" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt", "killedTotal" ON "Incident"
  WHEN NEW."deletedAt" IS NULL AND NEW."killedTotal" IS NOT NULL BEGIN
  INSERT INTO "IncidentDayKilledRollup" VALUES (substr(NEW."eventDate", 1, 10), coalesce(NEW."provinceIso", ''), NEW."countryIso3", NEW."eventType", NEW."status",
    1, NEW."killedTotal",
    (NEW."killedTotal" >= 1), CASE WHEN NEW."killedTotal" >= 1 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 2), CASE WHEN NEW."killedTotal" >= 2 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 3), CASE WHEN NEW."killedTotal" >= 3 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 5), CASE WHEN NEW."killedTotal" >= 5 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 10), CASE WHEN NEW."killedTotal" >= 10 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 20), CASE WHEN NEW."killedTotal" >= 20 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 50), CASE WHEN NEW."killedTotal" >= 50 THEN NEW."killedTotal" ELSE 0 END,
    (NEW."killedTotal" >= 100), CASE WHEN NEW."killedTotal" >= 100 THEN NEW."killedTotal" ELSE 0 END)
  ON CONFLICT DO UPDATE SET
    "count0" = "count0" + excluded."count0", "killed0" = "killed0" + excluded."killed0",
    "count1" = "count1" + excluded."count1", "killed1" = "killed1" + excluded."killed1",
    "count2" = "count2" + excluded."count2", "killed2" = "killed2" + excluded."killed2",
    "count3" = "count3" + excluded."count3", "killed3" = "killed3" + excluded."killed3",
    "count5" = "count5" + excluded."count5", "killed5" = "killed5" + excluded."killed5",
    "count10" = "count10" + excluded."count10", "killed10" = "killed10" + excluded."killed10",
    "count20" = "count20" + excluded."count20", "killed20" = "killed20" + excluded."killed20",
    "count50" = "count50" + excluded."count50", "killed50" = "killed50" + excluded."killed50",
    "count100" = "count100" + excluded."count100", "killed100" = "killed100" + excluded."killed100";
END;
