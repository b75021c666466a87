-- The trends page's perpetrators from a rollup, as on SQLite (migration
-- 20261212100000_trends_perpetrator_rollup there, decision 025, amendment of 2026-12-06): per month,
-- perpetrator (actor id), province ('' for none), country, event type and status, the incidents
-- outside the trash that name the actor as a perpetrator, counted, and their killedTotal summed (an
-- unreported toll as 0). Kept by plpgsql triggers on IncidentActor (a link added, removed or changed)
-- and on Incident (an edit of a counted column, trash, restore, a hard delete), in the writer's own
-- transaction. No trigger on inserting an incident: its links can only be written after it (the
-- foreign key). A hard delete takes the incident's perpetrators out BEFORE the row goes, so when the
-- cascade deletes the links their trigger finds no incident and does nothing. Not in the Prisma
-- model: only raw SQL reads it (prisma.config.ts lists it as an external table).
-- IncidentPerpetratorMonthTotalRollup holds the same figures per month, actor and status only, for
-- filters without a province, country or event type. The same function keeps both.

CREATE TABLE "IncidentPerpetratorMonthRollup" (
    "month" TEXT NOT NULL,
    "actorId" INTEGER NOT NULL,
    "provinceIso" TEXT NOT NULL,
    "countryIso3" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "killed" INTEGER NOT NULL,
    PRIMARY KEY ("month", "actorId", "provinceIso", "countryIso3", "eventType", "status")
);

CREATE TABLE "IncidentPerpetratorMonthTotalRollup" (
    "month" TEXT NOT NULL,
    "actorId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "killed" INTEGER NOT NULL,
    PRIMARY KEY ("month", "actorId", "status")
);

-- One perpetrator of one incident row into (n = 1) or out of (n = -1) its groups, in both tables.
CREATE FUNCTION "Incident_perpetrator_rollup_add"(r "Incident", actor INTEGER, n INTEGER) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "IncidentPerpetratorMonthRollup" AS p VALUES (to_char(r."eventDate", 'YYYY-MM'), actor, coalesce(r."provinceIso", ''), r."countryIso3",
    r."eventType", r."status"::text, n, n * coalesce(r."killedTotal", 0))
  ON CONFLICT ("month", "actorId", "provinceIso", "countryIso3", "eventType", "status") DO UPDATE SET "count" = p."count" + excluded."count",
    "killed" = p."killed" + excluded."killed";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup" AS t VALUES (to_char(r."eventDate", 'YYYY-MM'), actor, r."status"::text, n, n * coalesce(r."killedTotal", 0))
  ON CONFLICT ("month", "actorId", "status") DO UPDATE SET "count" = t."count" + excluded."count", "killed" = t."killed" + excluded."killed";
$$;

-- A link added, removed or changed: the old perpetrator link out, the new one in, each only when its
-- incident is there and outside the trash.
CREATE FUNCTION "IncidentActor_perpetrator_rollup_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."role" = 'perpetrator' THEN
    PERFORM "Incident_perpetrator_rollup_add"(i, OLD."actorId", -1) FROM "Incident" i WHERE i."id" = OLD."incidentId" AND i."deletedAt" IS NULL;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."role" = 'perpetrator' THEN
    PERFORM "Incident_perpetrator_rollup_add"(i, NEW."actorId", 1) FROM "Incident" i WHERE i."id" = NEW."incidentId" AND i."deletedAt" IS NULL;
  END IF;
  RETURN NULL;
END;
$$;

-- An incident's perpetrators out of the old row's groups (unless it was in the trash) and into the new
-- row's (unless it is now). A delete only takes out and returns OLD so that the delete goes ahead.
CREATE FUNCTION "Incident_perpetrator_rollup_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."eventDate" IS NOT DISTINCT FROM NEW."eventDate" AND OLD."provinceIso" IS NOT DISTINCT FROM NEW."provinceIso"
    AND OLD."countryIso3" IS NOT DISTINCT FROM NEW."countryIso3" AND OLD."eventType" IS NOT DISTINCT FROM NEW."eventType"
    AND OLD."status" IS NOT DISTINCT FROM NEW."status" AND OLD."deletedAt" IS NOT DISTINCT FROM NEW."deletedAt"
    AND OLD."killedTotal" IS NOT DISTINCT FROM NEW."killedTotal" THEN
    RETURN NULL;
  END IF;
  IF OLD."deletedAt" IS NULL THEN
    PERFORM "Incident_perpetrator_rollup_add"(OLD, ia."actorId", -1) FROM "IncidentActor" ia WHERE ia."incidentId" = OLD."id" AND ia."role" = 'perpetrator';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF NEW."deletedAt" IS NULL THEN
    PERFORM "Incident_perpetrator_rollup_add"(NEW, ia."actorId", 1) FROM "IncidentActor" ia WHERE ia."incidentId" = NEW."id" AND ia."role" = 'perpetrator';
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "IncidentActor_perpetrator_rollup" AFTER INSERT OR DELETE OR UPDATE OF "incidentId", "actorId", "role" ON "IncidentActor"
  FOR EACH ROW EXECUTE FUNCTION "IncidentActor_perpetrator_rollup_trigger"();
CREATE TRIGGER "Incident_perpetrator_rollup_delete" BEFORE DELETE ON "Incident"
  FOR EACH ROW EXECUTE FUNCTION "Incident_perpetrator_rollup_trigger"();
CREATE TRIGGER "Incident_perpetrator_rollup_update" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt",
  "killedTotal" ON "Incident"
  FOR EACH ROW EXECUTE FUNCTION "Incident_perpetrator_rollup_trigger"();

-- Fill from the incidents and links already there (none on a new database, but kept for one made otherwise).
INSERT INTO "IncidentPerpetratorMonthRollup"
SELECT to_char(i."eventDate", 'YYYY-MM'), ia."actorId", coalesce(i."provinceIso", ''), i."countryIso3", i."eventType", i."status"::text, COUNT(*),
  coalesce(SUM(i."killedTotal"), 0)
FROM "Incident" i JOIN "IncidentActor" ia ON ia."incidentId" = i."id" AND ia."role" = 'perpetrator'
WHERE i."deletedAt" IS NULL
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO "IncidentPerpetratorMonthTotalRollup"
SELECT "month", "actorId", "status", SUM("count"), SUM("killed") FROM "IncidentPerpetratorMonthRollup" GROUP BY 1, 2, 3;
