-- Edits to published records wait for review (docs/decisions/024-review-of-published-edits.md): the
-- edited record is kept here, one per incident, until it is published, sent back or rejected.
CREATE TABLE "PendingEdit" (
    "incidentId" INTEGER NOT NULL PRIMARY KEY,
    "data" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "authorId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'in_review',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PendingEdit_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PendingEdit_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PendingEdit_state" CHECK ("state" IN ('in_review', 'sent_back'))
);

CREATE INDEX "PendingEdit_state_updatedAt_idx" ON "PendingEdit"("state", "updatedAt");
