-- Free text on PostgreSQL (decisions 006, 028 and 029): trigram GIN indexes on the searched columns
-- themselves, in place of SQLite's FTS5 tables and their triggers. `ILIKE '%q%'` on each column uses
-- them directly (a bitmap OR over the columns), and PostgreSQL keeps them in step with every writer.
-- pg_trgm ships with PostgreSQL and is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Incident_text_search_idx" ON "Incident"
  USING gin ("title" gin_trgm_ops, "summary" gin_trgm_ops, "location" gin_trgm_ops, "district" gin_trgm_ops);

CREATE INDEX "Source_text_search_idx" ON "Source" USING gin ("headline" gin_trgm_ops, "archivedText" gin_trgm_ops);
