-- Each source's report on an incident (docs/decisions/015-source-reports.md): who the source attributes
-- its figures to, on the link, and its figures with their quotes in a child table that goes with the
-- link. Existing rows are kept as they are: every link gets originator NULL and no figures ("the source's
-- report is not entered yet"), and the link's quote stays the link's general quote.

-- AlterTable
ALTER TABLE "IncidentSource" ADD COLUMN "originator" TEXT;

-- CreateTable
CREATE TABLE "ReportedFigure" (
    "incidentId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "quote" TEXT,

    PRIMARY KEY ("incidentId", "sourceId", "field"),
    CONSTRAINT "ReportedFigure_incidentId_sourceId_fkey" FOREIGN KEY ("incidentId", "sourceId") REFERENCES "IncidentSource" ("incidentId", "sourceId") ON DELETE CASCADE ON UPDATE CASCADE
);
