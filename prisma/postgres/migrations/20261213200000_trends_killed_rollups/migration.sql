-- The trends page and the bulletin for a minimum killed from the rollups, as on SQLite (migration
-- 20261213100000_trends_killed_rollups there; decision 025, section of 2026-12-06, night):
-- IncidentMonthKilledRollup gains per threshold t the victims' split of the incidents that killed at
-- least t ("security<t>", "civilians<t>", "militants<t>", an unreported part as 0), and the two
-- perpetrator rollups gain per threshold "count<t>" and "killed<t>" (an unknown toll in none); the
-- total one is also keyed by country (month, actor, country, status). The
-- three tables are made again and filled from the incidents; the functions that upsert them are
-- replaced (the triggers call them by name and stay), and the monthly killed rollup's update trigger
-- now fires on an edit of the split too. The thresholds are KILLED_THRESHOLDS in
-- lib/incidents/rollups/rollup-definitions.ts. Not in the Prisma model (prisma.config.ts lists them as
-- external tables).

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
);

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
);

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
);

-- One incident row with a reported toll into (n = 1) or out of (n = -1) its month's group: for each
-- threshold it reaches, one incident, its toll and its split.
CREATE OR REPLACE FUNCTION "Incident_month_killed_rollup_add"(r "Incident", n INTEGER) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "IncidentMonthKilledRollup" AS m VALUES (to_char(r."eventDate", 'YYYY-MM'), coalesce(r."provinceIso", ''), r."countryIso3", r."eventType", r."status"::text,
    n, n * (r."killedTotal"),
    n * (CASE WHEN r."killedTotal" >= 1 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 1 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 2 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 2 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 3 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 3 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 5 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 5 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 10 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 10 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 20 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 20 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 50 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 50 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 100 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 100 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 0 THEN coalesce(r."killedSecurity", 0) ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 1 THEN coalesce(r."killedSecurity", 0) ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 2 THEN coalesce(r."killedSecurity", 0) ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 3 THEN coalesce(r."killedSecurity", 0) ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 5 THEN coalesce(r."killedSecurity", 0) ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 10 THEN coalesce(r."killedSecurity", 0) ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 20 THEN coalesce(r."killedSecurity", 0) ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 50 THEN coalesce(r."killedSecurity", 0) ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 100 THEN coalesce(r."killedSecurity", 0) ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 0 THEN coalesce(r."killedCivilians", 0) ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 1 THEN coalesce(r."killedCivilians", 0) ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 2 THEN coalesce(r."killedCivilians", 0) ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 3 THEN coalesce(r."killedCivilians", 0) ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 5 THEN coalesce(r."killedCivilians", 0) ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 10 THEN coalesce(r."killedCivilians", 0) ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 20 THEN coalesce(r."killedCivilians", 0) ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 50 THEN coalesce(r."killedCivilians", 0) ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 100 THEN coalesce(r."killedCivilians", 0) ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 0 THEN coalesce(r."killedMilitants", 0) ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 1 THEN coalesce(r."killedMilitants", 0) ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 2 THEN coalesce(r."killedMilitants", 0) ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 3 THEN coalesce(r."killedMilitants", 0) ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 5 THEN coalesce(r."killedMilitants", 0) ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 10 THEN coalesce(r."killedMilitants", 0) ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 20 THEN coalesce(r."killedMilitants", 0) ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 50 THEN coalesce(r."killedMilitants", 0) ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 100 THEN coalesce(r."killedMilitants", 0) ELSE 0 END))
  ON CONFLICT ("month", "provinceIso", "countryIso3", "eventType", "status") DO UPDATE SET
    "count0" = m."count0" + excluded."count0", "killed0" = m."killed0" + excluded."killed0",
    "count1" = m."count1" + excluded."count1", "killed1" = m."killed1" + excluded."killed1",
    "count2" = m."count2" + excluded."count2", "killed2" = m."killed2" + excluded."killed2",
    "count3" = m."count3" + excluded."count3", "killed3" = m."killed3" + excluded."killed3",
    "count5" = m."count5" + excluded."count5", "killed5" = m."killed5" + excluded."killed5",
    "count10" = m."count10" + excluded."count10", "killed10" = m."killed10" + excluded."killed10",
    "count20" = m."count20" + excluded."count20", "killed20" = m."killed20" + excluded."killed20",
    "count50" = m."count50" + excluded."count50", "killed50" = m."killed50" + excluded."killed50",
    "count100" = m."count100" + excluded."count100", "killed100" = m."killed100" + excluded."killed100",
    "security0" = m."security0" + excluded."security0", "security1" = m."security1" + excluded."security1",
    "security2" = m."security2" + excluded."security2", "security3" = m."security3" + excluded."security3",
    "security5" = m."security5" + excluded."security5", "security10" = m."security10" + excluded."security10",
    "security20" = m."security20" + excluded."security20", "security50" = m."security50" + excluded."security50",
    "security100" = m."security100" + excluded."security100", "civilians0" = m."civilians0" + excluded."civilians0",
    "civilians1" = m."civilians1" + excluded."civilians1", "civilians2" = m."civilians2" + excluded."civilians2",
    "civilians3" = m."civilians3" + excluded."civilians3", "civilians5" = m."civilians5" + excluded."civilians5",
    "civilians10" = m."civilians10" + excluded."civilians10", "civilians20" = m."civilians20" + excluded."civilians20",
    "civilians50" = m."civilians50" + excluded."civilians50", "civilians100" = m."civilians100" + excluded."civilians100",
    "militants0" = m."militants0" + excluded."militants0", "militants1" = m."militants1" + excluded."militants1",
    "militants2" = m."militants2" + excluded."militants2", "militants3" = m."militants3" + excluded."militants3",
    "militants5" = m."militants5" + excluded."militants5", "militants10" = m."militants10" + excluded."militants10",
    "militants20" = m."militants20" + excluded."militants20", "militants50" = m."militants50" + excluded."militants50",
    "militants100" = m."militants100" + excluded."militants100";
$$;

-- One perpetrator of one incident row into (n = 1) or out of (n = -1) its groups, in both tables.
CREATE OR REPLACE FUNCTION "Incident_perpetrator_rollup_add"(r "Incident", actor INTEGER, n INTEGER) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "IncidentPerpetratorMonthRollup" AS p VALUES (to_char(r."eventDate", 'YYYY-MM'), actor, coalesce(r."provinceIso", ''), r."countryIso3",
    r."eventType", r."status"::text,
    n, n * coalesce(r."killedTotal", 0),
    n * (CASE WHEN r."killedTotal" >= 0 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 0 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 1 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 1 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 2 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 2 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 3 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 3 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 5 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 5 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 10 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 10 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 20 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 20 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 50 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 50 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 100 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 100 THEN r."killedTotal" ELSE 0 END))
  ON CONFLICT ("month", "actorId", "provinceIso", "countryIso3", "eventType", "status") DO UPDATE SET
    "count" = p."count" + excluded."count", "killed" = p."killed" + excluded."killed",
    "count0" = p."count0" + excluded."count0", "killed0" = p."killed0" + excluded."killed0",
    "count1" = p."count1" + excluded."count1", "killed1" = p."killed1" + excluded."killed1",
    "count2" = p."count2" + excluded."count2", "killed2" = p."killed2" + excluded."killed2",
    "count3" = p."count3" + excluded."count3", "killed3" = p."killed3" + excluded."killed3",
    "count5" = p."count5" + excluded."count5", "killed5" = p."killed5" + excluded."killed5",
    "count10" = p."count10" + excluded."count10", "killed10" = p."killed10" + excluded."killed10",
    "count20" = p."count20" + excluded."count20", "killed20" = p."killed20" + excluded."killed20",
    "count50" = p."count50" + excluded."count50", "killed50" = p."killed50" + excluded."killed50",
    "count100" = p."count100" + excluded."count100", "killed100" = p."killed100" + excluded."killed100";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup" AS t VALUES (to_char(r."eventDate", 'YYYY-MM'), actor, r."countryIso3", r."status"::text,
    n, n * coalesce(r."killedTotal", 0),
    n * (CASE WHEN r."killedTotal" >= 0 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 0 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 1 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 1 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 2 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 2 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 3 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 3 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 5 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 5 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 10 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 10 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 20 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 20 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 50 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 50 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 100 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 100 THEN r."killedTotal" ELSE 0 END))
  ON CONFLICT ("month", "actorId", "countryIso3", "status") DO UPDATE SET
    "count" = t."count" + excluded."count", "killed" = t."killed" + excluded."killed",
    "count0" = t."count0" + excluded."count0", "killed0" = t."killed0" + excluded."killed0",
    "count1" = t."count1" + excluded."count1", "killed1" = t."killed1" + excluded."killed1",
    "count2" = t."count2" + excluded."count2", "killed2" = t."killed2" + excluded."killed2",
    "count3" = t."count3" + excluded."count3", "killed3" = t."killed3" + excluded."killed3",
    "count5" = t."count5" + excluded."count5", "killed5" = t."killed5" + excluded."killed5",
    "count10" = t."count10" + excluded."count10", "killed10" = t."killed10" + excluded."killed10",
    "count20" = t."count20" + excluded."count20", "killed20" = t."killed20" + excluded."killed20",
    "count50" = t."count50" + excluded."count50", "killed50" = t."killed50" + excluded."killed50",
    "count100" = t."count100" + excluded."count100", "killed100" = t."killed100" + excluded."killed100";
$$;

DROP TRIGGER "Incident_month_killed_rollup_update" ON "Incident";
CREATE TRIGGER "Incident_month_killed_rollup_update" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt", "killedTotal", "killedSecurity", "killedCivilians", "killedMilitants" ON "Incident"
  FOR EACH ROW EXECUTE FUNCTION "Incident_month_killed_rollup_trigger"();

-- Fill from the incidents and links already there.
INSERT INTO "IncidentMonthKilledRollup"
SELECT to_char("eventDate", 'YYYY-MM'), coalesce("provinceIso", ''), "countryIso3", "eventType", "status"::text,
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
SELECT to_char(i."eventDate", 'YYYY-MM'), ia."actorId", coalesce(i."provinceIso", ''), i."countryIso3", i."eventType", i."status"::text,
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
