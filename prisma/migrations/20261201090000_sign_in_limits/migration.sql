-- The sign-in limits count failures per account and client instead of logging every attempt
-- (docs/decisions/008-sign-in-limits.md). The old log only fed the old limits: nothing to carry over.
DROP TABLE "LoginAttempt";

-- CreateTable
CREATE TABLE "SignInLimit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "client" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lastFailureAt" DATETIME NOT NULL,
    "lockedUntil" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "SignInLimit_kind_account_client_key" ON "SignInLimit"("kind", "account", "client");

-- CreateIndex
CREATE INDEX "SignInLimit_account_idx" ON "SignInLimit"("account");

-- CreateIndex
CREATE INDEX "SignInLimit_lastFailureAt_idx" ON "SignInLimit"("lastFailureAt");
