import type Database from "better-sqlite3";
import { deferIndexes } from "@/lib/import/defer-indexes";
import { textSearchSyncs, type SchemaObject } from "@/lib/import/defer-text-search";
import { ROLLUPS, recountSql, rollupColumns } from "@/lib/incidents/rollups/rollup-definitions";

/** The tables the generator fills, whose indexes it builds once at the end. */
const TABLES = ["Incident", "IncidentActor", "Source", "IncidentSource"];

/**
 * For a fresh database only, inside the generator's transaction: drops the secondary indexes of the
 * tables it fills and the triggers that keep the text-search indexes in step, and `finish` builds
 * each index once (a sort rather than a B-tree descent per row) and each text index with FTS5's
 * 'rebuild', then re-creates the triggers. The same trade as the bulk importer's (decision 007):
 * at a million incidents, row-by-row upkeep was most of the generator's time. The rollups' triggers
 * (decisions 025, 026, and the perpetrators' on IncidentActor) are dropped too and each rollup filled once at the end by its recount
 * (rollup-definitions.ts, what `npm run db:check-rollups` compares it with): four upserts per
 * incident otherwise, and one per perpetrator.
 */
export function deferredWrite(sqlite: Database.Database): { finish: () => void } {
  const objects = sqlite.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master`).all() as SchemaObject[];
  const syncs = [...textSearchSyncs(objects, "Incident"), ...textSearchSyncs(objects, "Source")];
  const rollupTriggers = objects.filter(
    (o): o is SchemaObject & { sql: string } => o.type === "trigger" && ROLLUPS.some((r) => o.sql?.includes(`"${r.table}"`) ?? false),
  );
  for (const t of [...syncs.flatMap((s) => s.triggers), ...rollupTriggers]) sqlite.exec(`DROP TRIGGER "${t.name}"`);
  const indexes = deferIndexes(sqlite, TABLES);
  return {
    finish() {
      indexes.finish();
      for (const { table, triggers } of syncs) {
        sqlite.exec(`INSERT INTO "${table}" ("${table}") VALUES ('rebuild')`);
        for (const t of triggers) sqlite.exec(t.sql);
      }
      for (const r of ROLLUPS) {
        const columns = rollupColumns(r).map((c) => `"${c}"`);
        sqlite.exec(`DELETE FROM "${r.table}"`);
        sqlite.exec(`INSERT INTO "${r.table}" (${columns.join(", ")}) ${recountSql(r)}`);
      }
      for (const t of rollupTriggers) sqlite.exec(t.sql);
    },
  };
}
