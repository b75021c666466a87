-- Linked incidents (issue #16, part 3; docs/decisions/021-linked-incidents.md). "response_to" and
-- "part_of" read from -> to; "same_event" is symmetric and stored once, the lower id first. A record
-- never links to itself (the CHECK; the form says so before it gets here).
CREATE TABLE "IncidentLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "relation" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    CONSTRAINT "IncidentLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IncidentLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IncidentLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "IncidentLink_not_self" CHECK ("fromId" <> "toId"),
    CONSTRAINT "IncidentLink_relation" CHECK ("relation" IN ('response_to', 'part_of', 'same_event'))
);

CREATE UNIQUE INDEX "IncidentLink_fromId_toId_relation_key" ON "IncidentLink"("fromId", "toId", "relation");
CREATE INDEX "IncidentLink_toId_idx" ON "IncidentLink"("toId");

-- A link or unlink names the other record on the audit events of both ends.
ALTER TABLE "AuditEvent" ADD COLUMN "link" TEXT;
