-- The monthly and daily rollups of decisions 025 and 026, as on SQLite: incidents outside the trash,
-- counted and their killed summed per month (day), province ('' for none), country, event type and
-- status, kept exact by triggers on Incident in the writer's own transaction. The month and day are
-- text ('2024-03', '2024-03-16') as on SQLite, so the readers' SQL is the same on both databases.
-- Not in the Prisma model: only raw SQL reads them (prisma.config.ts lists them as external tables).

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
);

CREATE TABLE "IncidentDayRollup" (
    "day" TEXT NOT NULL,
    "provinceIso" TEXT NOT NULL,
    "countryIso3" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "killed" INTEGER NOT NULL,
    PRIMARY KEY ("day", "provinceIso", "countryIso3", "eventType", "status")
);

-- One incident row into (n = 1) or out of (n = -1) its groups. An upsert both ways: on SQLite a
-- leaving row updates its group, here the group always exists when the rollup is exact, and the
-- upsert keeps one statement per rollup.
CREATE FUNCTION "Incident_month_rollup_add"(r "Incident", n INTEGER) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "IncidentMonthRollup" AS m VALUES (to_char(r."eventDate", 'YYYY-MM'), coalesce(r."provinceIso", ''), r."countryIso3", r."eventType",
    r."status"::text, n, n * coalesce(r."killedTotal", 0), n * coalesce(r."killedSecurity", 0), n * coalesce(r."killedCivilians", 0),
    n * coalesce(r."killedMilitants", 0))
  ON CONFLICT ("month", "provinceIso", "countryIso3", "eventType", "status") DO UPDATE SET "count" = m."count" + excluded."count",
    "killed" = m."killed" + excluded."killed", "security" = m."security" + excluded."security",
    "civilians" = m."civilians" + excluded."civilians", "militants" = m."militants" + excluded."militants";
$$;

CREATE FUNCTION "Incident_day_rollup_add"(r "Incident", n INTEGER) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "IncidentDayRollup" AS d VALUES (to_char(r."eventDate", 'YYYY-MM-DD'), coalesce(r."provinceIso", ''), r."countryIso3", r."eventType",
    r."status"::text, n, n * coalesce(r."killedTotal", 0))
  ON CONFLICT ("day", "provinceIso", "countryIso3", "eventType", "status") DO UPDATE SET "count" = d."count" + excluded."count",
    "killed" = d."killed" + excluded."killed";
$$;

-- Out of the old row's groups (unless it was in the trash), into the new row's (unless it is now).
CREATE FUNCTION "Incident_month_rollup_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    IF OLD."deletedAt" IS NULL THEN PERFORM "Incident_month_rollup_add"(OLD, -1); END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF NEW."deletedAt" IS NULL THEN PERFORM "Incident_month_rollup_add"(NEW, 1); END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "Incident_day_rollup_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    IF OLD."deletedAt" IS NULL THEN PERFORM "Incident_day_rollup_add"(OLD, -1); END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF NEW."deletedAt" IS NULL THEN PERFORM "Incident_day_rollup_add"(NEW, 1); END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Incident_month_rollup_insert_delete" AFTER INSERT OR DELETE ON "Incident"
  FOR EACH ROW EXECUTE FUNCTION "Incident_month_rollup_trigger"();
CREATE TRIGGER "Incident_month_rollup_update" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt",
  "killedTotal", "killedSecurity", "killedCivilians", "killedMilitants" ON "Incident"
  FOR EACH ROW EXECUTE FUNCTION "Incident_month_rollup_trigger"();

CREATE TRIGGER "Incident_day_rollup_insert_delete" AFTER INSERT OR DELETE ON "Incident"
  FOR EACH ROW EXECUTE FUNCTION "Incident_day_rollup_trigger"();
CREATE TRIGGER "Incident_day_rollup_update" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt",
  "killedTotal" ON "Incident"
  FOR EACH ROW EXECUTE FUNCTION "Incident_day_rollup_trigger"();

-- Fill from the incidents already there (none on a new database, but kept for a database made otherwise).
INSERT INTO "IncidentMonthRollup"
SELECT to_char("eventDate", 'YYYY-MM'), coalesce("provinceIso", ''), "countryIso3", "eventType", "status"::text, COUNT(*),
  coalesce(SUM("killedTotal"), 0), coalesce(SUM("killedSecurity"), 0), coalesce(SUM("killedCivilians"), 0), coalesce(SUM("killedMilitants"), 0)
FROM "Incident" WHERE "deletedAt" IS NULL
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO "IncidentDayRollup"
SELECT to_char("eventDate", 'YYYY-MM-DD'), coalesce("provinceIso", ''), "countryIso3", "eventType", "status"::text, COUNT(*), coalesce(SUM("killedTotal"), 0)
FROM "Incident" WHERE "deletedAt" IS NULL
GROUP BY 1, 2, 3, 4, 5;
