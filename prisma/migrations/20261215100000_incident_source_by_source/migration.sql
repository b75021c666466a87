-- Free text found in sources reaches their incidents through IncidentSource by source (decision 028,
-- amendment of 2026-12-06). The index on "sourceId" alone held the rowid, so each matching source
-- cost a read of its IncidentSource row (quote, originator, reported facts) to learn the incident:
-- about 8,400 random reads for 'Peshawar' at a million. With "incidentId" in the index they come
-- from the index alone; it serves every lookup by "sourceId" the old one did.
DROP INDEX "IncidentSource_sourceId_idx";
CREATE INDEX "IncidentSource_sourceId_incidentId_idx" ON "IncidentSource"("sourceId", "incidentId");
