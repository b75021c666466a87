-- Uploaded import files between preview and confirmation (issue #18, decision 029's amendment on
-- several app servers), as the SQLite migration of the same name makes them.

-- CreateTable
CREATE TABLE "ImportUpload" (
    "id" SERIAL NOT NULL,
    "token" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "previewed" TEXT NOT NULL,
    "gzipped" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportUpload_token_key" ON "ImportUpload"("token");

-- CreateIndex
CREATE INDEX "ImportUpload_ownerId_id_idx" ON "ImportUpload"("ownerId", "id");

-- CreateIndex
CREATE INDEX "ImportUpload_createdAt_idx" ON "ImportUpload"("createdAt");

-- AddForeignKey
ALTER TABLE "ImportUpload" ADD CONSTRAINT "ImportUpload_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
