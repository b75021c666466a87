-- The trends page (issue #16's budget; decision 013). Killed per month by victim category read every
-- row (70 ms at 100,000 incidents): the overview's covering indexes by date, province and event type
-- now also carry the three categories, so it reads an index only (27 ms unfiltered). Killed per perpetrator read each linked incident's
-- whole row for its date and toll: a narrow index by id holds them (52 -> 30 ms).

-- DropIndex
DROP INDEX "Incident_overview_by_date_idx";

-- CreateIndex
CREATE INDEX "Incident_overview_by_date_idx" ON "Incident"("deletedAt", "eventDate", "provinceIso", "countryIso3", "eventType", "subEventType", "status", "killedTotal", "latitude", "longitude", "geoPrecision", "killedSecurity", "killedCivilians", "killedMilitants");

-- CreateIndex
CREATE INDEX "Incident_perpetrator_lookup_idx" ON "Incident"("id", "deletedAt", "eventDate", "killedTotal");

-- DropIndex
DROP INDEX "Incident_overview_by_province_idx";

-- CreateIndex
CREATE INDEX "Incident_overview_by_province_idx" ON "Incident"("deletedAt", "provinceIso", "eventDate", "countryIso3", "eventType", "subEventType", "status", "killedTotal", "latitude", "longitude", "geoPrecision", "killedSecurity", "killedCivilians", "killedMilitants");

-- DropIndex
DROP INDEX "Incident_overview_by_type_idx";

-- CreateIndex
CREATE INDEX "Incident_overview_by_type_idx" ON "Incident"("deletedAt", "eventType", "eventDate", "provinceIso", "countryIso3", "subEventType", "status", "killedTotal", "latitude", "longitude", "geoPrecision", "killedSecurity", "killedCivilians", "killedMilitants");
