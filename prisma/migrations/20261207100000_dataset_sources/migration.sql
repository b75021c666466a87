-- A source is an article (url) or a dataset record (datasetRecord, e.g. "ACLED PAK12345"), exactly one
-- of the two (issue #13, part 8; docs/decisions/020-dataset-sources.md). SQLite cannot drop NOT NULL
-- in place, so "Source" is rebuilt: create, copy every row with its id, drop, rename, then the indexes
-- and the text search triggers (20261206120100_archived_text_search) are made again. The rowids are
-- kept, so "SourceTextSearch" (external content, keyed by id) still matches without a rebuild; the
-- links, claims and figures that point at "Source" by name point at the new table.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;

DROP TRIGGER IF EXISTS "Source_text_search_insert";
DROP TRIGGER IF EXISTS "Source_text_search_delete";
DROP TRIGGER IF EXISTS "Source_text_search_update";

CREATE TABLE "new_Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" TEXT,
    "datasetRecord" TEXT,
    "outlet" TEXT NOT NULL,
    "headline" TEXT,
    "publishedAt" DATETIME,
    "language" TEXT NOT NULL DEFAULT 'en',
    "notes" TEXT,
    "archivedText" TEXT,
    "archivedSha256" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Source_url_or_dataset_record" CHECK (("url" IS NULL) <> ("datasetRecord" IS NULL))
);
INSERT INTO "new_Source" ("id", "url", "outlet", "headline", "publishedAt", "language", "notes", "archivedText", "archivedSha256", "archivedAt", "createdAt", "updatedAt")
SELECT "id", "url", "outlet", "headline", "publishedAt", "language", "notes", "archivedText", "archivedSha256", "archivedAt", "createdAt", "updatedAt" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");
CREATE UNIQUE INDEX "Source_datasetRecord_key" ON "Source"("datasetRecord");

CREATE TRIGGER "Source_text_search_insert" AFTER INSERT ON "Source" BEGIN
  INSERT INTO "SourceTextSearch" ("rowid", "headline", "archivedText") VALUES (new."id", new."headline", new."archivedText");
END;

CREATE TRIGGER "Source_text_search_delete" AFTER DELETE ON "Source" BEGIN
  INSERT INTO "SourceTextSearch" ("SourceTextSearch", "rowid", "headline", "archivedText") VALUES ('delete', old."id", old."headline", old."archivedText");
END;

CREATE TRIGGER "Source_text_search_update" AFTER UPDATE OF "id", "headline", "archivedText" ON "Source" BEGIN
  INSERT INTO "SourceTextSearch" ("SourceTextSearch", "rowid", "headline", "archivedText") VALUES ('delete', old."id", old."headline", old."archivedText");
  INSERT INTO "SourceTextSearch" ("rowid", "headline", "archivedText") VALUES (new."id", new."headline", new."archivedText");
END;

PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
