-- History names who made each change as they were named then (lib/incidents/audit/history.ts). Existing rows
-- take the user's name now, the best that is known; a row whose user is gone keeps null, as before.
ALTER TABLE "AuditEvent" ADD COLUMN "userName" TEXT;
UPDATE "AuditEvent" SET "userName" = (SELECT "name" FROM "User" WHERE "User"."id" = "AuditEvent"."userId") WHERE "userId" IS NOT NULL;

-- Renames and sign-in resets by an admin (lib/auth/account-admin/).
CREATE TABLE "AccountEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "byId" TEXT,
    "byName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AccountEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AccountEvent_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AccountEvent_userId_at_idx" ON "AccountEvent"("userId", "at");

-- CreateIndex
CREATE INDEX "AccountEvent_byId_idx" ON "AccountEvent"("byId");
