-- The killed rollups of decision 026 (section of 2026-12-05), as on SQLite (migration
-- 20261210100000_overview_killed_rollup there): incidents outside the trash whose toll is reported, per
-- month (IncidentMonthKilledRollup) and per day (IncidentDayKilledRollup), province ('' for none),
-- country, event type and status, with for each threshold t of 0, 1, 2, 3, 5, 10, 20, 50 and 100 the
-- incidents that killed at least t ("count<t>") and their killedTotal summed ("killed<t>"). The same
-- text keys as the day and month rollups here (migration 20261210000100_rollups) and the same way of
-- keeping them: plpgsql triggers on Incident, one function per rollup, the old row out of its group
-- and the new row into its own, in the writer's own transaction. The thresholds are KILLED_THRESHOLDS
-- in lib/incidents/rollups/rollup-definitions.ts. Not in the Prisma model: only raw SQL reads them
-- (prisma.config.ts lists them as external tables).

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
);

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
);

-- One incident row with a reported toll into (n = 1) or out of (n = -1) its groups: for each threshold it
-- reaches, one incident and its toll. An upsert both ways, as for the day and month rollups.
CREATE FUNCTION "Incident_month_killed_rollup_add"(r "Incident", n INTEGER) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "IncidentMonthKilledRollup" AS m VALUES (to_char(r."eventDate", 'YYYY-MM'), coalesce(r."provinceIso", ''), r."countryIso3", r."eventType", r."status"::text,
    n, n * r."killedTotal",
    n * (CASE WHEN r."killedTotal" >= 1 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 1 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 2 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 2 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 3 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 3 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 5 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 5 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 10 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 10 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 20 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 20 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 50 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 50 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 100 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 100 THEN r."killedTotal" ELSE 0 END))
  ON CONFLICT ("month", "provinceIso", "countryIso3", "eventType", "status") DO UPDATE SET
    "count0" = m."count0" + excluded."count0", "killed0" = m."killed0" + excluded."killed0",
    "count1" = m."count1" + excluded."count1", "killed1" = m."killed1" + excluded."killed1",
    "count2" = m."count2" + excluded."count2", "killed2" = m."killed2" + excluded."killed2",
    "count3" = m."count3" + excluded."count3", "killed3" = m."killed3" + excluded."killed3",
    "count5" = m."count5" + excluded."count5", "killed5" = m."killed5" + excluded."killed5",
    "count10" = m."count10" + excluded."count10", "killed10" = m."killed10" + excluded."killed10",
    "count20" = m."count20" + excluded."count20", "killed20" = m."killed20" + excluded."killed20",
    "count50" = m."count50" + excluded."count50", "killed50" = m."killed50" + excluded."killed50",
    "count100" = m."count100" + excluded."count100", "killed100" = m."killed100" + excluded."killed100";
$$;

CREATE FUNCTION "Incident_day_killed_rollup_add"(r "Incident", n INTEGER) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "IncidentDayKilledRollup" AS d VALUES (to_char(r."eventDate", 'YYYY-MM-DD'), coalesce(r."provinceIso", ''), r."countryIso3", r."eventType", r."status"::text,
    n, n * r."killedTotal",
    n * (CASE WHEN r."killedTotal" >= 1 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 1 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 2 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 2 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 3 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 3 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 5 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 5 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 10 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 10 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 20 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 20 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 50 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 50 THEN r."killedTotal" ELSE 0 END),
    n * (CASE WHEN r."killedTotal" >= 100 THEN 1 ELSE 0 END), n * (CASE WHEN r."killedTotal" >= 100 THEN r."killedTotal" ELSE 0 END))
  ON CONFLICT ("day", "provinceIso", "countryIso3", "eventType", "status") DO UPDATE SET
    "count0" = d."count0" + excluded."count0", "killed0" = d."killed0" + excluded."killed0",
    "count1" = d."count1" + excluded."count1", "killed1" = d."killed1" + excluded."killed1",
    "count2" = d."count2" + excluded."count2", "killed2" = d."killed2" + excluded."killed2",
    "count3" = d."count3" + excluded."count3", "killed3" = d."killed3" + excluded."killed3",
    "count5" = d."count5" + excluded."count5", "killed5" = d."killed5" + excluded."killed5",
    "count10" = d."count10" + excluded."count10", "killed10" = d."killed10" + excluded."killed10",
    "count20" = d."count20" + excluded."count20", "killed20" = d."killed20" + excluded."killed20",
    "count50" = d."count50" + excluded."count50", "killed50" = d."killed50" + excluded."killed50",
    "count100" = d."count100" + excluded."count100", "killed100" = d."killed100" + excluded."killed100";
$$;

-- Out of the old row's groups (unless it was in the trash or had no toll), into the new row's (unless
-- it is in the trash now or has no toll): a toll set to unknown leaves, a toll reported enters.
CREATE FUNCTION "Incident_month_killed_rollup_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    IF OLD."deletedAt" IS NULL AND OLD."killedTotal" IS NOT NULL THEN PERFORM "Incident_month_killed_rollup_add"(OLD, -1); END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF NEW."deletedAt" IS NULL AND NEW."killedTotal" IS NOT NULL THEN PERFORM "Incident_month_killed_rollup_add"(NEW, 1); END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "Incident_day_killed_rollup_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    IF OLD."deletedAt" IS NULL AND OLD."killedTotal" IS NOT NULL THEN PERFORM "Incident_day_killed_rollup_add"(OLD, -1); END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF NEW."deletedAt" IS NULL AND NEW."killedTotal" IS NOT NULL THEN PERFORM "Incident_day_killed_rollup_add"(NEW, 1); END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Incident_month_killed_rollup_insert_delete" AFTER INSERT OR DELETE ON "Incident"
  FOR EACH ROW EXECUTE FUNCTION "Incident_month_killed_rollup_trigger"();
CREATE TRIGGER "Incident_month_killed_rollup_update" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt", "killedTotal" ON "Incident"
  FOR EACH ROW EXECUTE FUNCTION "Incident_month_killed_rollup_trigger"();

CREATE TRIGGER "Incident_day_killed_rollup_insert_delete" AFTER INSERT OR DELETE ON "Incident"
  FOR EACH ROW EXECUTE FUNCTION "Incident_day_killed_rollup_trigger"();
CREATE TRIGGER "Incident_day_killed_rollup_update" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt", "killedTotal" ON "Incident"
  FOR EACH ROW EXECUTE FUNCTION "Incident_day_killed_rollup_trigger"();

-- Fill from the incidents already there: a database migrated before this holds them.
INSERT INTO "IncidentMonthKilledRollup"
SELECT to_char("eventDate", 'YYYY-MM'), coalesce("provinceIso", ''), "countryIso3", "eventType", "status"::text,
  COUNT(*), SUM("killedTotal"),
  SUM(CASE WHEN "killedTotal" >= 1 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 1 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 2 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 2 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 3 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 3 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 5 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 5 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 10 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 10 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 20 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 20 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 50 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 50 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 100 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 100 THEN "killedTotal" ELSE 0 END)
FROM "Incident" WHERE "deletedAt" IS NULL AND "killedTotal" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO "IncidentDayKilledRollup"
SELECT to_char("eventDate", 'YYYY-MM-DD'), coalesce("provinceIso", ''), "countryIso3", "eventType", "status"::text,
  COUNT(*), SUM("killedTotal"),
  SUM(CASE WHEN "killedTotal" >= 1 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 1 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 2 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 2 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 3 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 3 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 5 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 5 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 10 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 10 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 20 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 20 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 50 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 50 THEN "killedTotal" ELSE 0 END),
  SUM(CASE WHEN "killedTotal" >= 100 THEN 1 ELSE 0 END), SUM(CASE WHEN "killedTotal" >= 100 THEN "killedTotal" ELSE 0 END)
FROM "Incident" WHERE "deletedAt" IS NULL AND "killedTotal" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;
