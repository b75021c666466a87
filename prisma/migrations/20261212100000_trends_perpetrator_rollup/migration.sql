-- The trends page's perpetrators from a rollup (issue #17, decision 025, amendment of 2026-12-06).
-- Per month, perpetrator (actor id), province ('' for none), country, event type and status: the
-- incidents outside the trash that name the actor as a perpetrator, counted, and their killedTotal
-- summed (an unreported toll as 0). An incident counts once per perpetrator, as the scan's join does.
-- Kept exact in the writer's own transaction by triggers on IncidentActor (a link added, removed or
-- changed) and on Incident (an edit of a counted column, trash, restore, a hard delete). No trigger
-- on inserting an incident: its links can only be written after it (the foreign key), and their own
-- trigger counts them. A hard delete takes the incident's perpetrators out BEFORE the row goes: the
-- cascade then deletes the links after the incident has gone, when their trigger finds no incident to
-- take out. Each change adds or takes away one row as an upsert (a leaving row never meets an empty
-- group while the rollup is exact, as on PostgreSQL). The actor's name is read from Actor at read
-- time, so renaming an actor needs nothing here. IncidentPerpetratorMonthTotalRollup holds the same
-- figures per month, actor and status only (a few thousand rows where the other has a hundred
-- thousand at a million incidents), for filters without a province, country or event type, and the
-- same triggers keep it. Not in schema.prisma: only raw SQL reads them.

-- CreateTable
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
) WITHOUT ROWID;

CREATE TABLE "IncidentPerpetratorMonthTotalRollup" (
    "month" TEXT NOT NULL,
    "actorId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "killed" INTEGER NOT NULL,
    PRIMARY KEY ("month", "actorId", "status")
) WITHOUT ROWID;

-- Fill from the existing incidents and links.
INSERT INTO "IncidentPerpetratorMonthRollup"
SELECT substr(i."eventDate", 1, 7), ia."actorId", coalesce(i."provinceIso", ''), i."countryIso3", i."eventType", i."status", COUNT(*), coalesce(SUM(i."killedTotal"), 0)
FROM "Incident" i JOIN "IncidentActor" ia ON ia."incidentId" = i."id" AND ia."role" = 'perpetrator'
WHERE i."deletedAt" IS NULL
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO "IncidentPerpetratorMonthTotalRollup"
SELECT "month", "actorId", "status", SUM("count"), SUM("killed") FROM "IncidentPerpetratorMonthRollup" GROUP BY 1, 2, 3;

-- A perpetrator link added: into its incident's group, unless the incident is in the trash.
CREATE TRIGGER "IncidentActor_perpetrator_rollup_insert" AFTER INSERT ON "IncidentActor" WHEN NEW."role" = 'perpetrator' BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(i."eventDate", 1, 7), NEW."actorId", coalesce(i."provinceIso", ''), i."countryIso3", i."eventType", i."status", 1, coalesce(i."killedTotal", 0)
  FROM "Incident" i WHERE i."id" = NEW."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(i."eventDate", 1, 7), NEW."actorId", i."status", 1, coalesce(i."killedTotal", 0)
  FROM "Incident" i WHERE i."id" = NEW."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
END;

-- A perpetrator link removed: out of its incident's group (nothing when the incident has gone first).
CREATE TRIGGER "IncidentActor_perpetrator_rollup_delete" AFTER DELETE ON "IncidentActor" WHEN OLD."role" = 'perpetrator' BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(i."eventDate", 1, 7), OLD."actorId", coalesce(i."provinceIso", ''), i."countryIso3", i."eventType", i."status", -1, -coalesce(i."killedTotal", 0)
  FROM "Incident" i WHERE i."id" = OLD."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(i."eventDate", 1, 7), OLD."actorId", i."status", -1, -coalesce(i."killedTotal", 0)
  FROM "Incident" i WHERE i."id" = OLD."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
END;

-- A link changed (another actor, role or incident): the old link out, the new one in.
CREATE TRIGGER "IncidentActor_perpetrator_rollup_update_old" AFTER UPDATE OF "incidentId", "actorId", "role" ON "IncidentActor"
  WHEN OLD."role" = 'perpetrator' BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(i."eventDate", 1, 7), OLD."actorId", coalesce(i."provinceIso", ''), i."countryIso3", i."eventType", i."status", -1, -coalesce(i."killedTotal", 0)
  FROM "Incident" i WHERE i."id" = OLD."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(i."eventDate", 1, 7), OLD."actorId", i."status", -1, -coalesce(i."killedTotal", 0)
  FROM "Incident" i WHERE i."id" = OLD."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
END;

CREATE TRIGGER "IncidentActor_perpetrator_rollup_update_new" AFTER UPDATE OF "incidentId", "actorId", "role" ON "IncidentActor"
  WHEN NEW."role" = 'perpetrator' BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(i."eventDate", 1, 7), NEW."actorId", coalesce(i."provinceIso", ''), i."countryIso3", i."eventType", i."status", 1, coalesce(i."killedTotal", 0)
  FROM "Incident" i WHERE i."id" = NEW."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(i."eventDate", 1, 7), NEW."actorId", i."status", 1, coalesce(i."killedTotal", 0)
  FROM "Incident" i WHERE i."id" = NEW."incidentId" AND i."deletedAt" IS NULL
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
END;

-- A hard delete of an incident outside the trash: its perpetrators out, before the cascade takes the links.
CREATE TRIGGER "Incident_perpetrator_rollup_delete" BEFORE DELETE ON "Incident" WHEN OLD."deletedAt" IS NULL BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(OLD."eventDate", 1, 7), ia."actorId", coalesce(OLD."provinceIso", ''), OLD."countryIso3", OLD."eventType", OLD."status", -1, -coalesce(OLD."killedTotal", 0)
  FROM "IncidentActor" ia WHERE ia."incidentId" = OLD."id" AND ia."role" = 'perpetrator'
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(OLD."eventDate", 1, 7), ia."actorId", OLD."status", -1, -coalesce(OLD."killedTotal", 0)
  FROM "IncidentActor" ia WHERE ia."incidentId" = OLD."id" AND ia."role" = 'perpetrator'
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
END;

-- An edit of a counted column (date, province, country, type, status, trash, toll): each perpetrator
-- out of the old group (unless it was in the trash), into the new one (unless it is now). Only when
-- one of them changed: the import's bulk writer rewrites every column, and while it defers the link
-- indexes (decision 007) each firing reads every link.
CREATE TRIGGER "Incident_perpetrator_rollup_update_old" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt",
  "killedTotal" ON "Incident" WHEN OLD."deletedAt" IS NULL AND (OLD."eventDate" IS NOT NEW."eventDate" OR OLD."provinceIso" IS NOT NEW."provinceIso"
  OR OLD."countryIso3" IS NOT NEW."countryIso3" OR OLD."eventType" IS NOT NEW."eventType" OR OLD."status" IS NOT NEW."status"
  OR NEW."deletedAt" IS NOT NULL OR OLD."killedTotal" IS NOT NEW."killedTotal") BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(OLD."eventDate", 1, 7), ia."actorId", coalesce(OLD."provinceIso", ''), OLD."countryIso3", OLD."eventType", OLD."status", -1, -coalesce(OLD."killedTotal", 0)
  FROM "IncidentActor" ia WHERE ia."incidentId" = OLD."id" AND ia."role" = 'perpetrator'
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(OLD."eventDate", 1, 7), ia."actorId", OLD."status", -1, -coalesce(OLD."killedTotal", 0)
  FROM "IncidentActor" ia WHERE ia."incidentId" = OLD."id" AND ia."role" = 'perpetrator'
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
END;

CREATE TRIGGER "Incident_perpetrator_rollup_update_new" AFTER UPDATE OF "eventDate", "provinceIso", "countryIso3", "eventType", "status", "deletedAt",
  "killedTotal" ON "Incident" WHEN NEW."deletedAt" IS NULL AND (OLD."eventDate" IS NOT NEW."eventDate" OR OLD."provinceIso" IS NOT NEW."provinceIso"
  OR OLD."countryIso3" IS NOT NEW."countryIso3" OR OLD."eventType" IS NOT NEW."eventType" OR OLD."status" IS NOT NEW."status"
  OR OLD."deletedAt" IS NOT NULL OR OLD."killedTotal" IS NOT NEW."killedTotal") BEGIN
  INSERT INTO "IncidentPerpetratorMonthRollup"
  SELECT substr(NEW."eventDate", 1, 7), ia."actorId", coalesce(NEW."provinceIso", ''), NEW."countryIso3", NEW."eventType", NEW."status", 1, coalesce(NEW."killedTotal", 0)
  FROM "IncidentActor" ia WHERE ia."incidentId" = NEW."id" AND ia."role" = 'perpetrator'
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
  INSERT INTO "IncidentPerpetratorMonthTotalRollup"
  SELECT substr(NEW."eventDate", 1, 7), ia."actorId", NEW."status", 1, coalesce(NEW."killedTotal", 0)
  FROM "IncidentActor" ia WHERE ia."incidentId" = NEW."id" AND ia."role" = 'perpetrator'
  ON CONFLICT DO UPDATE SET "count" = "count" + excluded."count", "killed" = "killed" + excluded."killed";
END;
