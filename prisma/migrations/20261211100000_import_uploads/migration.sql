-- Uploaded import files between preview and confirmation (issue #18, decision 029's amendment on
-- several app servers): they were files in data/imports on one server's disk, so a confirm that
-- reached another server found nothing. Previews left there by an older version are not carried over:
-- they expire within a day and the analyst uploads the file again.

-- CreateTable
CREATE TABLE "ImportUpload" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "token" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "previewed" TEXT NOT NULL,
    "gzipped" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ImportUpload_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportUpload_token_key" ON "ImportUpload"("token");

-- CreateIndex
CREATE INDEX "ImportUpload_ownerId_id_idx" ON "ImportUpload"("ownerId", "id");

-- CreateIndex
CREATE INDEX "ImportUpload_createdAt_idx" ON "ImportUpload"("createdAt");
