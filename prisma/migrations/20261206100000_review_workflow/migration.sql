-- The review workflow (docs/decisions/017-review-before-publishing.md). Incident.status gains the
-- values in_review and rejected: on SQLite the enum is a TEXT column checked by Prisma's client, so
-- that needs no statement. Every existing record keeps its status.

-- A review step's comments (a reason, and comments per field) in the incident's History.
ALTER TABLE "AuditEvent" ADD COLUMN "comments" TEXT;

-- The Atlas's settings: one row, created with its defaults when first read.
CREATE TABLE "AtlasSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY DEFAULT 1,
    "singleAnalystPublishing" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);
