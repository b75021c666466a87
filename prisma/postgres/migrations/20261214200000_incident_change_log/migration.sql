-- The ids of the incidents written, in the order of the writes, as on SQLite (migration
-- 20261214100000_incident_change_log there, decision 027, amendment of 2026-12-06): the map's kept
-- cluster index of a filter is patched with the changed incidents' current points. Written by
-- statement triggers on Incident (one insert per statement, from its transition table) in the
-- writer's own transaction. A sequence hands out numbers as transactions ask, not as they commit, so
-- a reader could see seq 6 committed while seq 5 is still to come and would skip it. Each statement
-- on Incident therefore first takes a transaction lock, held until its transaction ends: writers of
-- incidents commit one after another, in "seq" order, as on SQLite. lockIncidentRow (sql-dialect.ts)
-- takes the same lock before its row lock, so no writer holds an incident's row while waiting for it.
-- Bounded: each statement trims the entries more than 100,000 behind the newest. Not in the Prisma
-- model: only raw SQL reads it (prisma.config.ts lists it as an external table).

CREATE TABLE "IncidentChange" (
    "seq" BIGSERIAL PRIMARY KEY,
    "incidentId" INTEGER NOT NULL
);

CREATE FUNCTION "Incident_change_lock"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('incident-writes'));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Incident_change_lock" BEFORE INSERT OR UPDATE OR DELETE ON "Incident"
  FOR EACH STATEMENT EXECUTE FUNCTION "Incident_change_lock"();

-- The statement's rows into the log (the new rows of an insert or update, the old rows of a delete),
-- then the entries far behind the newest out.
CREATE FUNCTION "Incident_change_log"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO "IncidentChange" ("incidentId") SELECT "id" FROM old_rows;
  ELSE
    INSERT INTO "IncidentChange" ("incidentId") SELECT "id" FROM new_rows;
  END IF;
  DELETE FROM "IncidentChange" WHERE "seq" <= (SELECT max("seq") FROM "IncidentChange") - 100000;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Incident_change_insert" AFTER INSERT ON "Incident" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "Incident_change_log"();
CREATE TRIGGER "Incident_change_update" AFTER UPDATE ON "Incident" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "Incident_change_log"();
CREATE TRIGGER "Incident_change_delete" AFTER DELETE ON "Incident" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "Incident_change_log"();
