import type Database from "better-sqlite3";
import { quoted } from "./sql-identifier";

/** The tables whose secondary indexes a large import rebuilds: the incidents and their actor links. */
export const DEFERRED_INDEX_TABLES = ["Incident", "IncidentActor"] as const;

/** An import creating at least this many incidents, and at least as many as there are, defers the indexes. */
export const DEFER_INDEXES_FROM = 10_000;

/** Whether rebuilding the Incident indexes once beats updating them row by row (see deferIndexes). */
export function shouldDeferIndexes(creates: number, existing: number): boolean {
  return creates >= DEFER_INDEXES_FROM && creates >= existing;
}

type Index = { name: string; sql: string };
type Stat = { tbl: string; idx: string; stat: string };

/**
 * Drops the secondary indexes of `tables` (by default the incidents' and their actor links') inside
 * the import's transaction and returns `finish`, which re-creates them from their stored SQL (and
 * puts back their ANALYZE statistics, which DROP INDEX deletes). Inserting 100,000 rows into ten
 * indexes, four of them eleven columns wide, costs a B-tree descent per row and index at a random
 * place; CREATE INDEX sorts once. Worth it only when the import at least doubles the table
 * (shouldDeferIndexes): the rebuild reads every row. The actor links grow with the incidents (a
 * few per incident, three indexes), so they are rebuilt with them. Readers on other connections keep the committed schema until COMMIT, and a failure rolls the drop back
 * with everything else. A UNIQUE index (externalId) is checked when it is re-created, so a
 * duplicate still fails the import, only at the end.
 */
export function deferIndexes(db: Database.Database, tables: readonly string[] = DEFERRED_INDEX_TABLES): { finish: () => void } {
  const names = JSON.stringify(tables);
  // sql IS NULL: the automatic index of a UNIQUE or PRIMARY KEY constraint, which cannot be dropped.
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN (SELECT value FROM json_each(?)) AND sql IS NOT NULL`)
    .all(names) as Index[];
  const hasStats = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'`).get() !== undefined;
  const stats = hasStats
    ? (db.prepare(`SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl IN (SELECT value FROM json_each(?)) AND idx IS NOT NULL`).all(names) as Stat[])
    : [];
  for (const index of indexes) db.exec(`DROP INDEX ${quoted(index.name)}`);
  return {
    finish() {
      for (const index of indexes) db.exec(index.sql);
      const dropped = new Set(indexes.map((i) => i.name));
      const restore = hasStats ? db.prepare(`INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)`) : null;
      for (const s of stats) if (dropped.has(s.idx)) restore!.run(s.tbl, s.idx, s.stat);
    },
  };
}
