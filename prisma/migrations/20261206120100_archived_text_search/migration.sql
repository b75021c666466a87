-- The text search reads sources' archived copies too (issue #13, part 6; docs/decisions/006 and 019):
-- "SourceTextSearch" is rebuilt over the headline and the archived text, and its triggers follow both.
DROP TRIGGER IF EXISTS "Source_text_search_insert";
DROP TRIGGER IF EXISTS "Source_text_search_delete";
DROP TRIGGER IF EXISTS "Source_text_search_update";
DROP TABLE IF EXISTS "SourceTextSearch";

CREATE VIRTUAL TABLE "SourceTextSearch" USING fts5(
  "headline", "archivedText",
  content = 'Source', content_rowid = 'id', tokenize = 'trigram', detail = 'none'
);

INSERT INTO "SourceTextSearch" ("SourceTextSearch") VALUES ('rebuild');

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
