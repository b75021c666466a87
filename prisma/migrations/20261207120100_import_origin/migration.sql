-- Which file and line an imported version came from, with the row's outside id (issue #15, part 5):
-- JSON {"file": "acled-2024.csv", "where": "line 12", "externalId": "PAK1234"} on the import's audit events.
ALTER TABLE "AuditEvent" ADD COLUMN "importOrigin" TEXT;
