-- The ids of the incidents written (issue #17, decision 027, amendment of 2026-12-06), as on SQLite
-- (migration 20261214100000_incident_change_log there): the map's kept cluster index of a filter is
-- patched with the changed incidents' current points instead of being read again whole. Written by
-- statement triggers on Incident (one insert per statement, from its transition table) in the
-- writer's own transaction, with the writer's transaction id. Transactions commit in another order
-- than they take sequence numbers, so an index does not remember a "seq" but the snapshot it was read
-- in (pg_current_snapshot), and what changed since is every entry that snapshot does not see
-- (pg_visible_in_snapshot): no lock, and writers do not wait for each other.
-- Bounded: when a statement's entries reach a multiple of 4,096, those more than 100,000 behind are
-- deleted, and IncidentChangeTrim gets the largest transaction id deleted. An index whose snapshot
-- might not have seen one of those (an id at or above the snapshot's xmin) is read again whole.
-- IncidentChangeTrim gets a row per trim (inserts, so trimming writers never wait for each other),
-- about 250 rows per million writes. Not in the Prisma model: only raw SQL reads them (prisma.config.ts
-- lists them as external tables).

CREATE TABLE "IncidentChange" (
    "seq" BIGSERIAL PRIMARY KEY,
    "incidentId" INTEGER NOT NULL,
    "xid" xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX "IncidentChange_xid_idx" ON "IncidentChange" ("xid");

CREATE TABLE "IncidentChangeTrim" (
    "trimmed" xid8 NOT NULL
);
CREATE INDEX "IncidentChangeTrim_trimmed_idx" ON "IncidentChangeTrim" ("trimmed");

-- The statement's rows into the log (the new rows of an insert or update, the old rows of a delete),
-- then, past a multiple of 4,096, the entries far behind out.
CREATE FUNCTION "Incident_change_log"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  newest BIGINT;
  crossed BOOLEAN;
BEGIN
  IF TG_OP = 'DELETE' THEN
    WITH added AS (INSERT INTO "IncidentChange" ("incidentId") SELECT "id" FROM old_rows RETURNING "seq")
    SELECT max("seq"), bool_or("seq" % 4096 = 0) INTO newest, crossed FROM added;
  ELSE
    WITH added AS (INSERT INTO "IncidentChange" ("incidentId") SELECT "id" FROM new_rows RETURNING "seq")
    SELECT max("seq"), bool_or("seq" % 4096 = 0) INTO newest, crossed FROM added;
  END IF;
  IF crossed THEN
    WITH gone AS (DELETE FROM "IncidentChange" WHERE "seq" <= newest - 100000 RETURNING "xid")
    INSERT INTO "IncidentChangeTrim" ("trimmed") SELECT max("xid") FROM gone HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Incident_change_insert" AFTER INSERT ON "Incident" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "Incident_change_log"();
CREATE TRIGGER "Incident_change_update" AFTER UPDATE ON "Incident" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "Incident_change_log"();
CREATE TRIGGER "Incident_change_delete" AFTER DELETE ON "Incident" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "Incident_change_log"();
