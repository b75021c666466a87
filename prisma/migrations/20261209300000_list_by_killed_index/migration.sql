-- The list sorted by killed, read by keyset (decision 028): killed, day, then the rowid.
CREATE INDEX "Incident_deletedAt_killedTotal_eventDate_idx" ON "Incident"("deletedAt", "killedTotal", "eventDate");
