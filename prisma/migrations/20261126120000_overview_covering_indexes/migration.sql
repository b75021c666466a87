-- CreateIndex
CREATE INDEX "Incident_overview_by_date_idx" ON "Incident"("deletedAt", "eventDate", "provinceIso", "countryIso3", "eventType", "subEventType", "status", "killedTotal", "latitude", "longitude", "geoPrecision");

-- CreateIndex
CREATE INDEX "Incident_overview_by_province_idx" ON "Incident"("deletedAt", "provinceIso", "eventDate", "countryIso3", "eventType", "subEventType", "status", "killedTotal", "latitude", "longitude", "geoPrecision");

-- CreateIndex
CREATE INDEX "Incident_overview_by_type_idx" ON "Incident"("deletedAt", "eventType", "eventDate", "provinceIso", "countryIso3", "subEventType", "status", "killedTotal", "latitude", "longitude", "geoPrecision");

