-- The trends page and the bulletin for a minimum killed from the rollups (issue #17; decision 025,
-- section of 2026-12-06, night). A minimum killed that is one of KILLED_THRESHOLDS (0, 1, 2, 3, 5, 10,
-- 20, 50, 100: lib/incidents/rollups/rollup-definitions.ts) scanned its incidents for the trends:
-- their victims' split and their perpetrators were in no killed rollup. Now:
-- - IncidentMonthKilledRollup also holds, per threshold t, the killedSecurity, killedCivilians and
--   killedMilitants of the incidents that killed at least t ("security<t>", "civilians<t>",
--   "militants<t>", an unreported part as 0), so its triggers also fire on an edit of those three;
-- - IncidentPerpetratorMonthRollup and IncidentPerpetratorMonthTotalRollup also hold, per threshold,
--   the incidents that killed at least t ("count<t>") and their killedTotal ("killed<t>"), an
--   unknown toll in none of them (as "killedTotal" >= t is not true in the scan).
-- IncidentPerpetratorMonthTotalRollup is also keyed by country now (month, actor, country, status), so
-- a filter with a country and no province or event type (the bench's "killed >= 10, Pakistan") reads it
-- rather than the finer table, a few thousand rows rather than a hundred thousand at a million.
-- The three tables are made again with the new columns and filled from the incidents; their triggers
-- are the old ones with the new columns (same events, same conditions). Not in schema.prisma.

DROP TRIGGER "Incident_month_killed_rollup_insert";
DROP TRIGGER "Incident_month_killed_rollup_delete";
DROP TRIGGER "Incident_month_killed_rollup_update_old";
DROP TRIGGER "Incident_month_killed_rollup_update_new";
DROP TRIGGER "IncidentActor_perpetrator_rollup_insert";
DROP TRIGGER "IncidentActor_perpetrator_rollup_delete";
DROP TRIGGER "IncidentActor_perpetrator_rollup_update_old";
DROP TRIGGER "IncidentActor_perpetrator_rollup_update_new";
DROP TRIGGER "Incident_perpetrator_rollup_delete";
DROP TRIGGER "Incident_perpetrator_rollup_update_old";
DROP TRIGGER "Incident_perpetrator_rollup_update_new";
DROP TABLE "IncidentMonthKilledRollup";
DROP TABLE "IncidentPerpetratorMonthRollup";
DROP TABLE "IncidentPerpetratorMonthTotalRollup";

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
    "security0" INTEGER NOT NULL,
    "security1" INTEGER NOT NULL,
    "security2" INTEGER NOT NULL,
    "security3" INTEGER NOT NULL,
    "security5" INTEGER NOT NULL,
    "security10" INTEGER NOT NULL,
    "security20" INTEGER NOT NULL,
    "security50" INTEGER NOT NULL,
    "security100" INTEGER NOT NULL,
    "civilians0" INTEGER NOT NULL,
    "civilians1" INTEGER NOT NULL,
    "civilians2" INTEGER NOT NULL,
    "civilians3" INTEGER NOT NULL,
    "civilians5" INTEGER NOT NULL,
    "civilians10" INTEGER NOT NULL,
    "civilians20" INTEGER NOT NULL,
    "civilians50" INTEGER NOT NULL,
    "civilians100" INTEGER NOT NULL,
    "militants0" INTEGER NOT NULL,
    "militants1" INTEGER NOT NULL,
    "militants2" INTEGER NOT NULL,
    "militants3" INTEGER NOT NULL,
    "militants5" INTEGER NOT NULL,
    "militants10" INTEGER NOT NULL,
    "militants20" INTEGER NOT NULL,
    "militants50" INTEGER NOT NULL,
    "militants100" INTEGER NOT NULL,
    PRIMARY KEY ("month", "provinceIso", "countryIso3", "eventType", "status")
) WITHOUT ROWID;

CREATE TABLE "IncidentPerpetratorMonthRollup" (
    "month" TEXT NOT NULL,
    "actorId" INTEGER NOT NULL,
    "provinceIso" TEXT NOT NULL,
    "countryIso3" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "killed" INTEGER NOT NULL,
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
    PRIMARY KEY ("month", "actorId", "provinceIso", "countryIso3", "eventType", "status")
) WITHOUT ROWID;

CREATE TABLE "IncidentPerpetratorMonthTotalRollup" (
    "month" TEXT NOT NULL,
    "actorId" INTEGER NOT NULL,
    "countryIso3" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "killed" INTEGER NOT NULL,
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
    PRIMARY KEY ("month", "actorId", "countryIso3", "status")
) WITHOUT ROWID;

-- Fill from the existing incidents and links.
INSERT INTO "IncidentMonthKilledRollup"
SELECT substr("eventDate", 1, 7), coalesce("provinceIso", ''), "countryIso3", "eventType", "status",
  SUM(CASE WHEN "killedTotal" >= 0 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 0 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 1 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 1 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 2 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 2 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 3 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 3 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 5 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 5 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 10 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 10 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 20 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 20 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 50 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 50 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 100 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 100 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 0 THEN coalesce("killedSecurity", 0) ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 1 THEN coalesce("killedSecurity", 0) ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 2 THEN coalesce("killedSecurity", 0) ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 3 THEN coalesce("killedSecurity", 0) ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 5 THEN coalesce("killedSecurity", 0) ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 10 THEN coalesce("killedSecurity", 0) ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 20 THEN coalesce("killedSecurity", 0) ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 50 THEN coalesce("killedSecurity", 0) ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 100 THEN coalesce("killedSecurity", 0) ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 0 THEN coalesce("killedCivilians", 0) ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 1 THEN coalesce("killedCivilians", 0) ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 2 THEN coalesce("killedCivilians", 0) ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 3 THEN coalesce("killedCivilians", 0) ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 5 THEN coalesce("killedCivilians", 0) ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 10 THEN coalesce("killedCivilians", 0) ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 20 THEN coalesce("killedCivilians", 0) ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 50 THEN coalesce("killedCivilians", 0) ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 100 THEN coalesce("killedCivilians", 0) ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 0 THEN coalesce("killedMilitants", 0) ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 1 THEN coalesce("killedMilitants", 0) ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 2 THEN coalesce("killedMilitants", 0) ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 3 THEN coalesce("killedMilitants", 0) ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 5 THEN coalesce("killedMilitants", 0) ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 10 THEN coalesce("killedMilitants", 0) ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 20 THEN coalesce("killedMilitants", 0) ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 50 THEN coalesce("killedMilitants", 0) ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 100 THEN coalesce("killedMilitants", 0) ELSE 0 END)
FROM "Incident" WHERE "deletedAt" IS NULL AND "killedTotal" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO "IncidentPerpetratorMonthRollup"
SELECT substr(i."eventDate", 1, 7), ia."actorId", coalesce(i."provinceIso", ''), i."countryIso3", i."eventType", i."status",
  COUNT(*), coalesce(SUM(i."killedTotal"), 0),
  SUM(CASE WHEN i."killedTotal" >= 0 THEN 1 ELSE 0 END), SUM(CASE WHEN i."killedTotal" >= 0 THEN i."killedTotal" ELSE 0 END),
  SUM(CASE WHEN i."killedTotal" >= 1 THEN 1 ELSE 0 END), SUM(CASE WHEN i."killedTotal" >= 1 THEN i."killedTotal" ELSE 0 END),
  SUM(CASE WHEN i."killedTotal" >= 2 THEN 1 ELSE 0 END), SUM(CASE WHEN i."killedTotal" >= 2 THEN i."killedTotal" ELSE 0 END),
  SUM(CASE WHEN i."killedTotal" >= 3 THEN 1 ELSE 0 END), SUM(CASE WHEN i."killedTotal" >= 3 THEN i."killedTotal" ELSE 0 END),
  SUM(CASE WHEN i."killedTotal" >= 5 THEN 1 ELSE 0 END), SUM(CASE WHEN i."killedTotal" >= 5 THEN i."killedTotal" ELSE 0 END),
  SUM(CASE WHEN i."killedTotal" >= 10 THEN 1 ELSE 0 END), SUM(CASE WHEN i."killedTotal" >= 10 THEN i."killedTotal" ELSE 0 END),
  SUM(CASE WHEN i."killedTotal" >= 20 THEN 1 ELSE 0 END), SUM(CASE WHEN i."killedTotal" >= 20 THEN i."killedTotal" ELSE 0 END),
  SUM(CASE WHEN i."killedTotal" >= 50 THEN 1 ELSE 0 END), SUM(CASE WHEN i."killedTotal" >= 50 THEN i."killedTotal" ELSE 0 END),
  SUM(CASE WHEN i."killedTotal" >= 100 THEN 1 ELSE 0 END), SUM(CASE WHEN i."killedTotal" >= 100 THEN i."killedTotal" ELSE 0 END)
FROM "Incident" i JOIN "IncidentActor" ia ON ia."incidentId" = i."id" AND ia."role" = 'perpetrator'
WHERE i."deletedAt" IS NULL
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO "IncidentPerpetratorMonthTotalRollup"
SELECT "month", "actorId", "countryIso3", "status", SUM("count"), SUM("killed"), SUM("count0"), SUM("killed0"), SUM("count1"), SUM("killed1"), SUM("count2"), SUM("killed2"), SUM("count3"), SUM("killed3"), SUM("count5"), SUM("killed5"), SUM("count10"), SUM("killed10"), SUM("count20"), SUM("killed20"), SUM("count50"), SUM("killed50"), SUM("count100"), SUM("killed100")
FROM "IncidentPerpetratorMonthRollup" GROUP BY 1, 2, 3, 4;

CREATE TRIGGER "Incident_month_killed_rollup_insert" AFTER INSERT ON "Incident" WHEN NEW."deletedAt" IS NULL AND NEW."killedTotal" IS NOT NULL BEGIN
  INSERT INTO "IncidentMonthKilledRollup" VALUES (substr(NEW."eventDate", 1, 7), coalesce(NEW."provinceIso", ''), NEW."countryIso3", NEW."eventType", NEW."status",
    1, NEW."killedTotal",
    CASE WHEN NEW."killedTotal" >= 1 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 1 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 2 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 2 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 3 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 3 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 5 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 5 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 10 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 10 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 20 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 20 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 50 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 50 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 100 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 100 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 0 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 1 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 2 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 3 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 5 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 10 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 20 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 50 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 100 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 0 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 1 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 2 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 3 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 5 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 10 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 20 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 50 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 100 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 0 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 1 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 2 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 3 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 5 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 10 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 20 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 50 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 100 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END)
  ON CONFLICT DO UPDATE SET
    "count0" = "count0" + excluded."count0", "killed0" = "killed0" + excluded."killed0",
    "count1" = "count1" + excluded."count1", "killed1" = "killed1" + excluded."killed1",
    "count2" = "count2" + excluded."count2", "killed2" = "killed2" + excluded."killed2",
    "count3" = "count3" + excluded."count3", "killed3" = "killed3" + excluded."killed3",
    "count5" = "count5" + excluded."count5", "killed5" = "killed5" + excluded."killed5",
    "count10" = "count10" + excluded."count10", "killed10" = "killed10" + excluded."killed10",
    "count20" = "count20" + excluded."count20", "killed20" = "killed20" + excluded."killed20",
    "count50" = "count50" + excluded."count50", "killed50" = "killed50" + excluded."killed50",
    "count100" = "count100" + excluded."count100", "killed100" = "killed100" + excluded."killed100",
    "security0" = "security0" + excluded."security0", "security1" = "security1" + excluded."security1",
    "security2" = "security2" + excluded."security2", "security3" = "security3" + excluded."security3",
    "security5" = "security5" + excluded."security5", "security10" = "security10" + excluded."security10",
    "security20" = "security20" + excluded."security20", "security50" = "security50" + excluded."security50",
    "security100" = "security100" + excluded."security100", "civilians0" = "civilians0" + excluded."civilians0",
    "civilians1" = "civilians1" + excluded."civilians1", "civilians2" = "civilians2" + excluded."civilians2",
    "civilians3" = "civilians3" + excluded."civilians3", "civilians5" = "civilians5" + excluded."civilians5",
    "civilians10" = "civilians10" + excluded."civilians10", "civilians20" = "civilians20" + excluded."civilians20",
    "civilians50" = "civilians50" + excluded."civilians50", "civilians100" = "civilians100" + excluded."civilians100",
    "militants0" = "militants0" + excluded."militants0", "militants1" = "militants1" + excluded."militants1",
    "militants2" = "militants2" + excluded."militants2", "militants3" = "militants3" + excluded."militants3",
    "militants5" = "militants5" + excluded."militants5", "militants10" = "militants10" + excluded."militants10",
    "militants20" = "militants20" + excluded."militants20", "militants50" = "militants50" + excluded."militants50",
    "militants100" = "militants100" + excluded."militants100";
END;

CREATE TRIGGER "Incident_month_killed_rollup_delete" AFTER DELETE ON "Incident" WHEN OLD."deletedAt" IS NULL AND OLD."killedTotal" IS NOT NULL BEGIN
  UPDATE "IncidentMonthKilledRollup" SET
    "count0" = "count0" - 1, "killed0" = "killed0" - OLD."killedTotal",
    "count1" = "count1" - (CASE WHEN OLD."killedTotal" >= 1 THEN 1 ELSE 0 END), "killed1" = "killed1" - (CASE WHEN OLD."killedTotal" >= 1 THEN OLD."killedTotal" ELSE 0 END),
    "count2" = "count2" - (CASE WHEN OLD."killedTotal" >= 2 THEN 1 ELSE 0 END), "killed2" = "killed2" - (CASE WHEN OLD."killedTotal" >= 2 THEN OLD."killedTotal" ELSE 0 END),
    "count3" = "count3" - (CASE WHEN OLD."killedTotal" >= 3 THEN 1 ELSE 0 END), "killed3" = "killed3" - (CASE WHEN OLD."killedTotal" >= 3 THEN OLD."killedTotal" ELSE 0 END),
    "count5" = "count5" - (CASE WHEN OLD."killedTotal" >= 5 THEN 1 ELSE 0 END), "killed5" = "killed5" - (CASE WHEN OLD."killedTotal" >= 5 THEN OLD."killedTotal" ELSE 0 END),
    "count10" = "count10" - (CASE WHEN OLD."killedTotal" >= 10 THEN 1 ELSE 0 END), "killed10" = "killed10" - (CASE WHEN OLD."killedTotal" >= 10 THEN OLD."killedTotal" ELSE 0 END),
    "count20" = "count20" - (CASE WHEN OLD."killedTotal" >= 20 THEN 1 ELSE 0 END), "killed20" = "killed20" - (CASE WHEN OLD."killedTotal" >= 20 THEN OLD."killedTotal" ELSE 0 END),
    "count50" = "count50" - (CASE WHEN OLD."killedTotal" >= 50 THEN 1 ELSE 0 END), "killed50" = "killed50" - (CASE WHEN OLD."killedTotal" >= 50 THEN OLD."killedTotal" ELSE 0 END),
    "count100" = "count100" - (CASE WHEN OLD."killedTotal" >= 100 THEN 1 ELSE 0 END), "killed100" = "killed100" - (CASE WHEN OLD."killedTotal" >= 100 THEN OLD."killedTotal" ELSE 0 END),
    "security0" = "security0" - (CASE WHEN OLD."killedTotal" >= 0 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END), "security1" = "security1" - (CASE WHEN OLD."killedTotal" >= 1 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END),
    "security2" = "security2" - (CASE WHEN OLD."killedTotal" >= 2 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END), "security3" = "security3" - (CASE WHEN OLD."killedTotal" >= 3 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END),
    "security5" = "security5" - (CASE WHEN OLD."killedTotal" >= 5 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END), "security10" = "security10" - (CASE WHEN OLD."killedTotal" >= 10 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END),
    "security20" = "security20" - (CASE WHEN OLD."killedTotal" >= 20 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END), "security50" = "security50" - (CASE WHEN OLD."killedTotal" >= 50 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END),
    "security100" = "security100" - (CASE WHEN OLD."killedTotal" >= 100 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END), "civilians0" = "civilians0" - (CASE WHEN OLD."killedTotal" >= 0 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END),
    "civilians1" = "civilians1" - (CASE WHEN OLD."killedTotal" >= 1 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END), "civilians2" = "civilians2" - (CASE WHEN OLD."killedTotal" >= 2 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END),
    "civilians3" = "civilians3" - (CASE WHEN OLD."killedTotal" >= 3 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END), "civilians5" = "civilians5" - (CASE WHEN OLD."killedTotal" >= 5 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END),
    "civilians10" = "civilians10" - (CASE WHEN OLD."killedTotal" >= 10 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END), "civilians20" = "civilians20" - (CASE WHEN OLD."killedTotal" >= 20 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END),
    "civilians50" = "civilians50" - (CASE WHEN OLD."killedTotal" >= 50 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END), "civilians100" = "civilians100" - (CASE WHEN OLD."killedTotal" >= 100 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END),
    "militants0" = "militants0" - (CASE WHEN OLD."killedTotal" >= 0 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END), "militants1" = "militants1" - (CASE WHEN OLD."killedTotal" >= 1 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END),
    "militants2" = "militants2" - (CASE WHEN OLD."killedTotal" >= 2 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END), "militants3" = "militants3" - (CASE WHEN OLD."killedTotal" >= 3 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END),
    "militants5" = "militants5" - (CASE WHEN OLD."killedTotal" >= 5 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END), "militants10" = "militants10" - (CASE WHEN OLD."killedTotal" >= 10 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END),
    "militants20" = "militants20" - (CASE WHEN OLD."killedTotal" >= 20 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END), "militants50" = "militants50" - (CASE WHEN OLD."killedTotal" >= 50 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END),
    "militants100" = "militants100" - (CASE WHEN OLD."killedTotal" >= 100 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END)
  WHERE "month" = substr(OLD."eventDate", 1, 7) AND "provinceIso" = coalesce(OLD."provinceIso", '') AND "countryIso3" = OLD."countryIso3"
    AND "eventType" = OLD."eventType" AND "status" = OLD."status";
END;

CREATE TRIGGER "Incident_month_killed_rollup_update_old" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt", "killedTotal", "killedSecurity", "killedCivilians", "killedMilitants" ON "Incident"
  WHEN OLD."deletedAt" IS NULL AND OLD."killedTotal" IS NOT NULL BEGIN
  UPDATE "IncidentMonthKilledRollup" SET
    "count0" = "count0" - 1, "killed0" = "killed0" - OLD."killedTotal",
    "count1" = "count1" - (CASE WHEN OLD."killedTotal" >= 1 THEN 1 ELSE 0 END), "killed1" = "killed1" - (CASE WHEN OLD."killedTotal" >= 1 THEN OLD."killedTotal" ELSE 0 END),
    "count2" = "count2" - (CASE WHEN OLD."killedTotal" >= 2 THEN 1 ELSE 0 END), "killed2" = "killed2" - (CASE WHEN OLD."killedTotal" >= 2 THEN OLD."killedTotal" ELSE 0 END),
    "count3" = "count3" - (CASE WHEN OLD."killedTotal" >= 3 THEN 1 ELSE 0 END), "killed3" = "killed3" - (CASE WHEN OLD."killedTotal" >= 3 THEN OLD."killedTotal" ELSE 0 END),
    "count5" = "count5" - (CASE WHEN OLD."killedTotal" >= 5 THEN 1 ELSE 0 END), "killed5" = "killed5" - (CASE WHEN OLD."killedTotal" >= 5 THEN OLD."killedTotal" ELSE 0 END),
    "count10" = "count10" - (CASE WHEN OLD."killedTotal" >= 10 THEN 1 ELSE 0 END), "killed10" = "killed10" - (CASE WHEN OLD."killedTotal" >= 10 THEN OLD."killedTotal" ELSE 0 END),
    "count20" = "count20" - (CASE WHEN OLD."killedTotal" >= 20 THEN 1 ELSE 0 END), "killed20" = "killed20" - (CASE WHEN OLD."killedTotal" >= 20 THEN OLD."killedTotal" ELSE 0 END),
    "count50" = "count50" - (CASE WHEN OLD."killedTotal" >= 50 THEN 1 ELSE 0 END), "killed50" = "killed50" - (CASE WHEN OLD."killedTotal" >= 50 THEN OLD."killedTotal" ELSE 0 END),
    "count100" = "count100" - (CASE WHEN OLD."killedTotal" >= 100 THEN 1 ELSE 0 END), "killed100" = "killed100" - (CASE WHEN OLD."killedTotal" >= 100 THEN OLD."killedTotal" ELSE 0 END),
    "security0" = "security0" - (CASE WHEN OLD."killedTotal" >= 0 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END), "security1" = "security1" - (CASE WHEN OLD."killedTotal" >= 1 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END),
    "security2" = "security2" - (CASE WHEN OLD."killedTotal" >= 2 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END), "security3" = "security3" - (CASE WHEN OLD."killedTotal" >= 3 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END),
    "security5" = "security5" - (CASE WHEN OLD."killedTotal" >= 5 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END), "security10" = "security10" - (CASE WHEN OLD."killedTotal" >= 10 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END),
    "security20" = "security20" - (CASE WHEN OLD."killedTotal" >= 20 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END), "security50" = "security50" - (CASE WHEN OLD."killedTotal" >= 50 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END),
    "security100" = "security100" - (CASE WHEN OLD."killedTotal" >= 100 THEN coalesce(OLD."killedSecurity", 0) ELSE 0 END), "civilians0" = "civilians0" - (CASE WHEN OLD."killedTotal" >= 0 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END),
    "civilians1" = "civilians1" - (CASE WHEN OLD."killedTotal" >= 1 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END), "civilians2" = "civilians2" - (CASE WHEN OLD."killedTotal" >= 2 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END),
    "civilians3" = "civilians3" - (CASE WHEN OLD."killedTotal" >= 3 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END), "civilians5" = "civilians5" - (CASE WHEN OLD."killedTotal" >= 5 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END),
    "civilians10" = "civilians10" - (CASE WHEN OLD."killedTotal" >= 10 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END), "civilians20" = "civilians20" - (CASE WHEN OLD."killedTotal" >= 20 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END),
    "civilians50" = "civilians50" - (CASE WHEN OLD."killedTotal" >= 50 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END), "civilians100" = "civilians100" - (CASE WHEN OLD."killedTotal" >= 100 THEN coalesce(OLD."killedCivilians", 0) ELSE 0 END),
    "militants0" = "militants0" - (CASE WHEN OLD."killedTotal" >= 0 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END), "militants1" = "militants1" - (CASE WHEN OLD."killedTotal" >= 1 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END),
    "militants2" = "militants2" - (CASE WHEN OLD."killedTotal" >= 2 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END), "militants3" = "militants3" - (CASE WHEN OLD."killedTotal" >= 3 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END),
    "militants5" = "militants5" - (CASE WHEN OLD."killedTotal" >= 5 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END), "militants10" = "militants10" - (CASE WHEN OLD."killedTotal" >= 10 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END),
    "militants20" = "militants20" - (CASE WHEN OLD."killedTotal" >= 20 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END), "militants50" = "militants50" - (CASE WHEN OLD."killedTotal" >= 50 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END),
    "militants100" = "militants100" - (CASE WHEN OLD."killedTotal" >= 100 THEN coalesce(OLD."killedMilitants", 0) ELSE 0 END)
  WHERE "month" = substr(OLD."eventDate", 1, 7) AND "provinceIso" = coalesce(OLD."provinceIso", '') AND "countryIso3" = OLD."countryIso3"
    AND "eventType" = OLD."eventType" AND "status" = OLD."status";
END;

CREATE TRIGGER "Incident_month_killed_rollup_update_new" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt", "killedTotal", "killedSecurity", "killedCivilians", "killedMilitants" ON "Incident"
  WHEN NEW."deletedAt" IS NULL AND NEW."killedTotal" IS NOT NULL BEGIN
  INSERT INTO "IncidentMonthKilledRollup" VALUES (substr(NEW."eventDate", 1, 7), coalesce(NEW."provinceIso", ''), NEW."countryIso3", NEW."eventType", NEW."status",
    1, NEW."killedTotal",
    CASE WHEN NEW."killedTotal" >= 1 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 1 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 2 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 2 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 3 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 3 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 5 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 5 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 10 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 10 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 20 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 20 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 50 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 50 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 100 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 100 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 0 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 1 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 2 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 3 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 5 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 10 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 20 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 50 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 100 THEN coalesce(NEW."killedSecurity", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 0 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 1 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 2 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 3 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 5 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 10 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 20 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 50 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 100 THEN coalesce(NEW."killedCivilians", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 0 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 1 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 2 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 3 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 5 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 10 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 20 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END, CASE WHEN NEW."killedTotal" >= 50 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 100 THEN coalesce(NEW."killedMilitants", 0) ELSE 0 END)
  ON CONFLICT DO UPDATE SET
    "count0" = "count0" + excluded."count0", "killed0" = "killed0" + excluded."killed0",
    "count1" = "count1" + excluded."count1", "killed1" = "killed1" + excluded."killed1",
    "count2" = "count2" + excluded."count2", "killed2" = "killed2" + excluded."killed2",
    "count3" = "count3" + excluded."count3", "killed3" = "killed3" + excluded."killed3",
    "count5" = "count5" + excluded."count5", "killed5" = "killed5" + excluded."killed5",
    "count10" = "count10" + excluded."count10", "killed10" = "killed10" + excluded."killed10",
    "count20" = "count20" + excluded."count20", "killed20" = "killed20" + excluded."killed20",
    "count50" = "count50" + excluded."count50", "killed50" = "killed50" + excluded."killed50",
    "count100" = "count100" + excluded."count100", "killed100" = "killed100" + excluded."killed100",
    "security0" = "security0" + excluded."security0", "security1" = "security1" + excluded."security1",
    "security2" = "security2" + excluded."security2", "security3" = "security3" + excluded."security3",
    "security5" = "security5" + excluded."security5", "security10" = "security10" + excluded."security10",
    "security20" = "security20" + excluded."security20", "security50" = "security50" + excluded."security50",
    "security100" = "security100" + excluded."security100", "civilians0" = "civilians0" + excluded."civilians0",
    "civilians1" = "civilians1" + excluded."civilians1", "civilians2" = "civilians2" + excluded."civilians2",
    "civilians3" = "civilians3" + excluded."civilians3", "civilians5" = "civilians5" + excluded."civilians5",
    "civilians10" = "civilians10" + excluded."civilians10", "civilians20" = "civilians20" + excluded."civilians20",
    "civilians50" = "civilians50" + excluded."civilians50", "civilians100" = "civilians100" + excluded."civilians100",
    "militants0" = "militants0" + excluded."militants0", "militants1" = "militants1" + excluded."militants1",
    "militants2" = "militants2" + excluded."militants2", "militants3" = "militants3" + excluded."militants3",
    "militants5" = "militants5" + excluded."militants5", "militants10" = "militants10" + excluded."militants10",
    "militants20" = "militants20" + excluded."militants20", "militants50" = "militants50" + excluded."militants50",
    "militants100" = "militants100" + excluded."militants100";
END;

-- A perpetrator link added: into its incident's group, unless the incident is in the trash.
CREATE TRIGGER "IncidentActor_perpetrator_rollup_insert" AFTER INSERT ON "IncidentActor" WHEN NEW."role" = 'perpetrator' BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(i."eventDate", 1, 7), NEW."actorId", coalesce(i."provinceIso", ''), i."countryIso3", i."eventType", i."status",
    1, coalesce(i."killedTotal", 0),
    CASE WHEN i."killedTotal" >= 0 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 0 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 1 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 1 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 2 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 2 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 3 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 3 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 5 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 5 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 10 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 10 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 20 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 20 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 50 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 50 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 100 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 100 THEN i."killedTotal" ELSE 0 END
  FROM "Incident" i WHERE i."id" = NEW."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
    "count0" = "count0" + excluded."count0", "killed0" = "killed0" + excluded."killed0",
    "count1" = "count1" + excluded."count1", "killed1" = "killed1" + excluded."killed1",
    "count2" = "count2" + excluded."count2", "killed2" = "killed2" + excluded."killed2",
    "count3" = "count3" + excluded."count3", "killed3" = "killed3" + excluded."killed3",
    "count5" = "count5" + excluded."count5", "killed5" = "killed5" + excluded."killed5",
    "count10" = "count10" + excluded."count10", "killed10" = "killed10" + excluded."killed10",
    "count20" = "count20" + excluded."count20", "killed20" = "killed20" + excluded."killed20",
    "count50" = "count50" + excluded."count50", "killed50" = "killed50" + excluded."killed50",
    "count100" = "count100" + excluded."count100", "killed100" = "killed100" + excluded."killed100";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(i."eventDate", 1, 7), NEW."actorId", i."countryIso3", i."status",
    1, coalesce(i."killedTotal", 0),
    CASE WHEN i."killedTotal" >= 0 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 0 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 1 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 1 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 2 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 2 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 3 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 3 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 5 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 5 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 10 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 10 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 20 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 20 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 50 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 50 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 100 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 100 THEN i."killedTotal" ELSE 0 END
  FROM "Incident" i WHERE i."id" = NEW."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
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

-- A perpetrator link removed: out of its incident's group (nothing when the incident has gone first).
CREATE TRIGGER "IncidentActor_perpetrator_rollup_delete" AFTER DELETE ON "IncidentActor" WHEN OLD."role" = 'perpetrator' BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(i."eventDate", 1, 7), OLD."actorId", coalesce(i."provinceIso", ''), i."countryIso3", i."eventType", i."status",
    -1, -coalesce(i."killedTotal", 0),
    -(CASE WHEN i."killedTotal" >= 0 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 0 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 1 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 1 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 2 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 2 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 3 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 3 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 5 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 5 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 10 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 10 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 20 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 20 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 50 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 50 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 100 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 100 THEN i."killedTotal" ELSE 0 END)
  FROM "Incident" i WHERE i."id" = OLD."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
    "count0" = "count0" + excluded."count0", "killed0" = "killed0" + excluded."killed0",
    "count1" = "count1" + excluded."count1", "killed1" = "killed1" + excluded."killed1",
    "count2" = "count2" + excluded."count2", "killed2" = "killed2" + excluded."killed2",
    "count3" = "count3" + excluded."count3", "killed3" = "killed3" + excluded."killed3",
    "count5" = "count5" + excluded."count5", "killed5" = "killed5" + excluded."killed5",
    "count10" = "count10" + excluded."count10", "killed10" = "killed10" + excluded."killed10",
    "count20" = "count20" + excluded."count20", "killed20" = "killed20" + excluded."killed20",
    "count50" = "count50" + excluded."count50", "killed50" = "killed50" + excluded."killed50",
    "count100" = "count100" + excluded."count100", "killed100" = "killed100" + excluded."killed100";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(i."eventDate", 1, 7), OLD."actorId", i."countryIso3", i."status",
    -1, -coalesce(i."killedTotal", 0),
    -(CASE WHEN i."killedTotal" >= 0 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 0 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 1 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 1 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 2 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 2 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 3 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 3 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 5 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 5 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 10 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 10 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 20 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 20 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 50 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 50 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 100 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 100 THEN i."killedTotal" ELSE 0 END)
  FROM "Incident" i WHERE i."id" = OLD."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
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

-- A link changed (another actor, role or incident): the old link out, the new one in.
CREATE TRIGGER "IncidentActor_perpetrator_rollup_update_old" AFTER UPDATE OF "incidentId", "actorId", "role" ON "IncidentActor"
  WHEN OLD."role" = 'perpetrator' BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(i."eventDate", 1, 7), OLD."actorId", coalesce(i."provinceIso", ''), i."countryIso3", i."eventType", i."status",
    -1, -coalesce(i."killedTotal", 0),
    -(CASE WHEN i."killedTotal" >= 0 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 0 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 1 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 1 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 2 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 2 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 3 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 3 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 5 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 5 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 10 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 10 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 20 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 20 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 50 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 50 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 100 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 100 THEN i."killedTotal" ELSE 0 END)
  FROM "Incident" i WHERE i."id" = OLD."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
    "count0" = "count0" + excluded."count0", "killed0" = "killed0" + excluded."killed0",
    "count1" = "count1" + excluded."count1", "killed1" = "killed1" + excluded."killed1",
    "count2" = "count2" + excluded."count2", "killed2" = "killed2" + excluded."killed2",
    "count3" = "count3" + excluded."count3", "killed3" = "killed3" + excluded."killed3",
    "count5" = "count5" + excluded."count5", "killed5" = "killed5" + excluded."killed5",
    "count10" = "count10" + excluded."count10", "killed10" = "killed10" + excluded."killed10",
    "count20" = "count20" + excluded."count20", "killed20" = "killed20" + excluded."killed20",
    "count50" = "count50" + excluded."count50", "killed50" = "killed50" + excluded."killed50",
    "count100" = "count100" + excluded."count100", "killed100" = "killed100" + excluded."killed100";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(i."eventDate", 1, 7), OLD."actorId", i."countryIso3", i."status",
    -1, -coalesce(i."killedTotal", 0),
    -(CASE WHEN i."killedTotal" >= 0 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 0 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 1 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 1 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 2 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 2 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 3 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 3 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 5 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 5 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 10 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 10 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 20 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 20 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 50 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 50 THEN i."killedTotal" ELSE 0 END),
    -(CASE WHEN i."killedTotal" >= 100 THEN 1 ELSE 0 END), -(CASE WHEN i."killedTotal" >= 100 THEN i."killedTotal" ELSE 0 END)
  FROM "Incident" i WHERE i."id" = OLD."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
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

CREATE TRIGGER "IncidentActor_perpetrator_rollup_update_new" AFTER UPDATE OF "incidentId", "actorId", "role" ON "IncidentActor"
  WHEN NEW."role" = 'perpetrator' BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(i."eventDate", 1, 7), NEW."actorId", coalesce(i."provinceIso", ''), i."countryIso3", i."eventType", i."status",
    1, coalesce(i."killedTotal", 0),
    CASE WHEN i."killedTotal" >= 0 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 0 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 1 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 1 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 2 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 2 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 3 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 3 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 5 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 5 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 10 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 10 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 20 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 20 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 50 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 50 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 100 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 100 THEN i."killedTotal" ELSE 0 END
  FROM "Incident" i WHERE i."id" = NEW."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
    "count0" = "count0" + excluded."count0", "killed0" = "killed0" + excluded."killed0",
    "count1" = "count1" + excluded."count1", "killed1" = "killed1" + excluded."killed1",
    "count2" = "count2" + excluded."count2", "killed2" = "killed2" + excluded."killed2",
    "count3" = "count3" + excluded."count3", "killed3" = "killed3" + excluded."killed3",
    "count5" = "count5" + excluded."count5", "killed5" = "killed5" + excluded."killed5",
    "count10" = "count10" + excluded."count10", "killed10" = "killed10" + excluded."killed10",
    "count20" = "count20" + excluded."count20", "killed20" = "killed20" + excluded."killed20",
    "count50" = "count50" + excluded."count50", "killed50" = "killed50" + excluded."killed50",
    "count100" = "count100" + excluded."count100", "killed100" = "killed100" + excluded."killed100";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(i."eventDate", 1, 7), NEW."actorId", i."countryIso3", i."status",
    1, coalesce(i."killedTotal", 0),
    CASE WHEN i."killedTotal" >= 0 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 0 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 1 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 1 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 2 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 2 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 3 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 3 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 5 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 5 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 10 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 10 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 20 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 20 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 50 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 50 THEN i."killedTotal" ELSE 0 END,
    CASE WHEN i."killedTotal" >= 100 THEN 1 ELSE 0 END, CASE WHEN i."killedTotal" >= 100 THEN i."killedTotal" ELSE 0 END
  FROM "Incident" i WHERE i."id" = NEW."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
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

-- A hard delete of an incident outside the trash: its perpetrators out, before the cascade takes the links.
CREATE TRIGGER "Incident_perpetrator_rollup_delete" BEFORE DELETE ON "Incident" WHEN OLD."deletedAt" IS NULL BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(OLD."eventDate", 1, 7), ia."actorId", coalesce(OLD."provinceIso", ''), OLD."countryIso3", OLD."eventType", OLD."status",
    -1, -coalesce(OLD."killedTotal", 0),
    -(CASE WHEN OLD."killedTotal" >= 0 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 0 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 1 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 1 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 2 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 2 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 3 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 3 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 5 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 5 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 10 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 10 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 20 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 20 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 50 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 50 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 100 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 100 THEN OLD."killedTotal" ELSE 0 END)
  FROM "IncidentActor" ia WHERE ia."incidentId" = OLD."id" AND ia."role" = 'perpetrator'
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
    "count0" = "count0" + excluded."count0", "killed0" = "killed0" + excluded."killed0",
    "count1" = "count1" + excluded."count1", "killed1" = "killed1" + excluded."killed1",
    "count2" = "count2" + excluded."count2", "killed2" = "killed2" + excluded."killed2",
    "count3" = "count3" + excluded."count3", "killed3" = "killed3" + excluded."killed3",
    "count5" = "count5" + excluded."count5", "killed5" = "killed5" + excluded."killed5",
    "count10" = "count10" + excluded."count10", "killed10" = "killed10" + excluded."killed10",
    "count20" = "count20" + excluded."count20", "killed20" = "killed20" + excluded."killed20",
    "count50" = "count50" + excluded."count50", "killed50" = "killed50" + excluded."killed50",
    "count100" = "count100" + excluded."count100", "killed100" = "killed100" + excluded."killed100";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(OLD."eventDate", 1, 7), ia."actorId", OLD."countryIso3", OLD."status",
    -1, -coalesce(OLD."killedTotal", 0),
    -(CASE WHEN OLD."killedTotal" >= 0 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 0 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 1 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 1 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 2 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 2 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 3 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 3 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 5 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 5 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 10 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 10 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 20 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 20 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 50 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 50 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 100 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 100 THEN OLD."killedTotal" ELSE 0 END)
  FROM "IncidentActor" ia WHERE ia."incidentId" = OLD."id" AND ia."role" = 'perpetrator'
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
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

-- An edit of a counted column: each perpetrator out of the old group, into the new one, only when one of them changed.
CREATE TRIGGER "Incident_perpetrator_rollup_update_old" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt", "killedTotal" ON "Incident" WHEN OLD."deletedAt" IS NULL AND (OLD."eventDate" IS NOT NEW."eventDate" OR OLD."provinceIso" IS NOT NEW."provinceIso"
  OR OLD."countryIso3" IS NOT NEW."countryIso3" OR OLD."eventType" IS NOT NEW."eventType" OR OLD."status" IS NOT NEW."status"
  OR NEW."deletedAt" IS NOT NULL OR OLD."killedTotal" IS NOT NEW."killedTotal") BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(OLD."eventDate", 1, 7), ia."actorId", coalesce(OLD."provinceIso", ''), OLD."countryIso3", OLD."eventType", OLD."status",
    -1, -coalesce(OLD."killedTotal", 0),
    -(CASE WHEN OLD."killedTotal" >= 0 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 0 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 1 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 1 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 2 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 2 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 3 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 3 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 5 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 5 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 10 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 10 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 20 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 20 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 50 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 50 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 100 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 100 THEN OLD."killedTotal" ELSE 0 END)
  FROM "IncidentActor" ia WHERE ia."incidentId" = OLD."id" AND ia."role" = 'perpetrator'
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
    "count0" = "count0" + excluded."count0", "killed0" = "killed0" + excluded."killed0",
    "count1" = "count1" + excluded."count1", "killed1" = "killed1" + excluded."killed1",
    "count2" = "count2" + excluded."count2", "killed2" = "killed2" + excluded."killed2",
    "count3" = "count3" + excluded."count3", "killed3" = "killed3" + excluded."killed3",
    "count5" = "count5" + excluded."count5", "killed5" = "killed5" + excluded."killed5",
    "count10" = "count10" + excluded."count10", "killed10" = "killed10" + excluded."killed10",
    "count20" = "count20" + excluded."count20", "killed20" = "killed20" + excluded."killed20",
    "count50" = "count50" + excluded."count50", "killed50" = "killed50" + excluded."killed50",
    "count100" = "count100" + excluded."count100", "killed100" = "killed100" + excluded."killed100";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(OLD."eventDate", 1, 7), ia."actorId", OLD."countryIso3", OLD."status",
    -1, -coalesce(OLD."killedTotal", 0),
    -(CASE WHEN OLD."killedTotal" >= 0 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 0 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 1 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 1 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 2 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 2 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 3 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 3 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 5 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 5 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 10 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 10 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 20 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 20 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 50 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 50 THEN OLD."killedTotal" ELSE 0 END),
    -(CASE WHEN OLD."killedTotal" >= 100 THEN 1 ELSE 0 END), -(CASE WHEN OLD."killedTotal" >= 100 THEN OLD."killedTotal" ELSE 0 END)
  FROM "IncidentActor" ia WHERE ia."incidentId" = OLD."id" AND ia."role" = 'perpetrator'
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
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

CREATE TRIGGER "Incident_perpetrator_rollup_update_new" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt", "killedTotal" ON "Incident" WHEN NEW."deletedAt" IS NULL AND (OLD."eventDate" IS NOT NEW."eventDate" OR OLD."provinceIso" IS NOT NEW."provinceIso"
  OR OLD."countryIso3" IS NOT NEW."countryIso3" OR OLD."eventType" IS NOT NEW."eventType" OR OLD."status" IS NOT NEW."status"
  OR OLD."deletedAt" IS NOT NULL OR OLD."killedTotal" IS NOT NEW."killedTotal") BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(NEW."eventDate", 1, 7), ia."actorId", coalesce(NEW."provinceIso", ''), NEW."countryIso3", NEW."eventType", NEW."status",
    1, coalesce(NEW."killedTotal", 0),
    CASE WHEN NEW."killedTotal" >= 0 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 0 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 1 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 1 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 2 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 2 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 3 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 3 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 5 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 5 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 10 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 10 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 20 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 20 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 50 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 50 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 100 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 100 THEN NEW."killedTotal" ELSE 0 END
  FROM "IncidentActor" ia WHERE ia."incidentId" = NEW."id" AND ia."role" = 'perpetrator'
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
    "count0" = "count0" + excluded."count0", "killed0" = "killed0" + excluded."killed0",
    "count1" = "count1" + excluded."count1", "killed1" = "killed1" + excluded."killed1",
    "count2" = "count2" + excluded."count2", "killed2" = "killed2" + excluded."killed2",
    "count3" = "count3" + excluded."count3", "killed3" = "killed3" + excluded."killed3",
    "count5" = "count5" + excluded."count5", "killed5" = "killed5" + excluded."killed5",
    "count10" = "count10" + excluded."count10", "killed10" = "killed10" + excluded."killed10",
    "count20" = "count20" + excluded."count20", "killed20" = "killed20" + excluded."killed20",
    "count50" = "count50" + excluded."count50", "killed50" = "killed50" + excluded."killed50",
    "count100" = "count100" + excluded."count100", "killed100" = "killed100" + excluded."killed100";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(NEW."eventDate", 1, 7), ia."actorId", NEW."countryIso3", NEW."status",
    1, coalesce(NEW."killedTotal", 0),
    CASE WHEN NEW."killedTotal" >= 0 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 0 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 1 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 1 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 2 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 2 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 3 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 3 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 5 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 5 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 10 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 10 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 20 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 20 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 50 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 50 THEN NEW."killedTotal" ELSE 0 END,
    CASE WHEN NEW."killedTotal" >= 100 THEN 1 ELSE 0 END, CASE WHEN NEW."killedTotal" >= 100 THEN NEW."killedTotal" ELSE 0 END
  FROM "IncidentActor" ia WHERE ia."incidentId" = NEW."id" AND ia."role" = 'perpetrator'
  ON CONFLICT DO UPDATE SET
    "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed",
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
