-- The trends page in one scan (issue #16's budget; decision 023). Its breakdowns by province and event
-- type and its killed by victim category were three GROUP BYs, each sorting the matching rows. This
-- index holds the month itself (the same expression the query groups by, substr of the ISO date), so
-- grouping by month, province and event type streams through it in order without a sort, and it
-- carries every column the filter and the sums read (covering). Schema.prisma cannot state an index
-- on an expression: it lives here only, as the text-search tables and CHECK constraints do.

-- CreateIndex
CREATE INDEX "Incident_trends_by_month_idx" ON "Incident"("deletedAt", substr("eventDate", 1, 7), "provinceIso", "eventType", "eventDate", "countryIso3", "subEventType", "status", "figuresDisputed", "killedTotal", "killedSecurity", "killedCivilians", "killedMilitants");

-- Killed per perpetrator looks up each perpetrator's incident in this narrow index: without the status,
-- which every filter tests (decision 017), and the other columns a filter may test, each lookup read
-- the incident's whole row.

-- DropIndex
DROP INDEX "Incident_perpetrator_lookup_idx";

-- CreateIndex
CREATE INDEX "Incident_perpetrator_lookup_idx" ON "Incident"("id", "deletedAt", "status", "eventDate", "killedTotal", "provinceIso", "countryIso3", "eventType", "subEventType", "figuresDisputed");
