-- How each casualty figure is coded (docs/decisions/016-coded-figures.md): a JSON column keyed by field.
-- Existing values are kept as they are. A figure some report states with the same value becomes
-- "reports" with that source chosen (the most recent such report); any other figure already entered
-- becomes "analyst" with the reason "entered before reports", so no stored value changes on its next save.

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "figureCoding" TEXT;

UPDATE "Incident" SET "figureCoding" = (
  WITH "typed"("field", "value") AS (
    VALUES ('killed.total', "Incident"."killedTotal"), ('killed.securityForces', "Incident"."killedSecurity"),
      ('killed.civilians', "Incident"."killedCivilians"), ('killed.militants', "Incident"."killedMilitants"),
      ('injured.total', "Incident"."injuredTotal"), ('injured.securityForces', "Incident"."injuredSecurity"),
      ('injured.civilians', "Incident"."injuredCivilians"), ('injured.militants', "Incident"."injuredMilitants")
  ),
  "supported" AS (
    SELECT t."field", (
      SELECT s."url" FROM "ReportedFigure" f
        JOIN "Source" s ON s."id" = f."sourceId"
        JOIN "IncidentSource" l ON l."incidentId" = f."incidentId" AND l."sourceId" = f."sourceId"
      WHERE f."incidentId" = "Incident"."id" AND f."field" = t."field" AND f."value" = t."value"
      ORDER BY s."publishedAt" DESC, l."position" LIMIT 1
    ) AS "url"
    FROM "typed" t WHERE t."value" IS NOT NULL
  )
  SELECT json_group_object("field", json(CASE WHEN "url" IS NOT NULL
    THEN json_object('rule', 'reports', 'sourceUrl', "url", 'reason', NULL)
    ELSE json_object('rule', 'analyst', 'sourceUrl', NULL, 'reason', 'entered before reports') END))
  FROM "supported"
);

UPDATE "Incident" SET "figureCoding" = NULL WHERE "figureCoding" = '{}';
