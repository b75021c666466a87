-- Whether an incident's figures are disputed (issue #13, part 3): two of its sources report different
-- values for the same figure. Kept by every writer from the reports (lib/sources/report/figures-disputed.ts);
-- set here from the figures already stored.

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "figuresDisputed" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex: the disputed filter matches few rows; without it the overview's counts read every row.
CREATE INDEX "Incident_figuresDisputed_deletedAt_eventDate_idx" ON "Incident"("figuresDisputed", "deletedAt", "eventDate");

UPDATE "Incident" SET "figuresDisputed" = true WHERE "id" IN (
  SELECT "incidentId" FROM "ReportedFigure" GROUP BY "incidentId", "field" HAVING COUNT(DISTINCT "value") > 1
);
