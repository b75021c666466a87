import type Database from "better-sqlite3";
import { deferIndexes } from "@/lib/import/defer-indexes";
import { textSearchSyncs, type SchemaObject } from "@/lib/import/defer-text-search";

/** The tables the generator fills, whose indexes it builds once at the end. */
const TABLES = ["Incident", "IncidentActor", "Source", "IncidentSource"];

/**
 * For a fresh database only, inside the generator's transaction: drops the secondary indexes of the
 * tables it fills and the triggers that keep the text-search indexes in step, and `finish` builds
 * each index once (a sort rather than a B-tree descent per row) and each text index with FTS5's
 * 'rebuild', then re-creates the triggers. The same trade as the bulk importer's (decision 007):
 * at a million incidents, row-by-row upkeep was most of the generator's time.
 */
export function deferredWrite(sqlite: Database.Database): { finish: () => void } {
  const objects = sqlite.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master`).all() as SchemaObject[];
  const syncs = [...textSearchSyncs(objects, "Incident"), ...textSearchSyncs(objects, "Source")];
  for (const t of syncs.flatMap((s) => s.triggers)) sqlite.exec(`DROP TRIGGER "${t.name}"`);
  const indexes = deferIndexes(sqlite, TABLES);
  return {
    finish() {
      indexes.finish();
      for (const { table, triggers } of syncs) {
        sqlite.exec(`INSERT INTO "${table}" ("${table}") VALUES ('rebuild')`);
        for (const t of triggers) sqlite.exec(t.sql);
      }
    },
  };
}
