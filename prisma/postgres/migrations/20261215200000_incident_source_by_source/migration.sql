-- The same index as SQLite's 20261215100000_incident_source_by_source: a source's incidents from the index alone
-- (decision 028, amendment of 2026-12-06). It serves every lookup by "sourceId" the old one did.
DROP INDEX "IncidentSource_sourceId_idx";
CREATE INDEX "IncidentSource_sourceId_incidentId_idx" ON "IncidentSource"("sourceId", "incidentId");
