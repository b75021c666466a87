import type Database from "better-sqlite3";
import type pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import type { CopyOptions } from "./copy-options";
import { CopyRefusal } from "./copy-refusal";
import { deferIndexes } from "./deferred-indexes";
import { copyTable, quoted } from "./copy-table";
import { modelTables, type ModelTable } from "./model-tables";
import { planTables } from "./plan-tables";
import { openSource } from "./source-sqlite";
import { readTargetCatalog, type TargetCatalog } from "./target-catalog";
import { checkTargetMigrations, connectTarget } from "./target-postgres";
import { verifyCopy, type TableCheck } from "./verify-copy";

/** A check of the copied data beyond the tables' rows, made by the caller in the copy's transaction (the rollups: lib/incidents/rollups/). */
export type CopyCheck = { name: string; detail: string; ok: boolean };
export type CopyReport = { tables: TableCheck[]; checks: CopyCheck[]; seconds: number };
/** Each step as it ends: a table copied (with its rows), the indexes built, the copy checked. */
export type CopyProgress = (step: { name: string; rows?: number; ms: number }) => void;
export type CopyHooks = { onStep?: CopyProgress; checks?: (client: pg.Client) => Promise<CopyCheck[]> };

// PostgreSQL's lock_not_available (SQLSTATE 55P03), as a lock_timeout ends a wait.
const LOCK_NOT_AVAILABLE = "55P03";

/**
 * Takes the target's tables for the copy (it drops and builds indexes, so nobody else may read them
 * half-written either) and refuses a target that has any row, naming the first such table.
 */
async function lockEmptyTarget(client: pg.Client, tables: readonly string[]) {
  await client.query(`SET LOCAL lock_timeout = '10s'`);
  try {
    await client.query(`LOCK TABLE ${tables.map(quoted).join(", ")} IN ACCESS EXCLUSIVE MODE`);
  } catch (error) {
    if ((error as { code?: string }).code !== LOCK_NOT_AVAILABLE) throw error;
    throw new CopyRefusal("the target is in use: another connection holds its tables (stop the app servers on it and try again)");
  }
  await client.query(`SET LOCAL lock_timeout = 0`);
  const anyRows = tables.map((t) => `SELECT '${t.replaceAll("'", "''")}' AS table WHERE EXISTS (SELECT 1 FROM ${quoted(t)})`).join(" UNION ALL ");
  const { rows } = await client.query<{ table: string }>(`${anyRows} LIMIT 1`);
  if (rows.length) throw new CopyRefusal(`the target is not empty: ${rows[0]!.table} has rows (db:copy writes only into an empty, migrated database)`);
}

/** Each autoincrement id's next value past the copied ids. */
async function moveSequences(client: pg.Client, sequences: TargetCatalog["sequences"]) {
  for (const { table, column, sequence } of sequences) {
    await client.query(`SELECT setval($1::regclass, coalesce(max(${quoted(column)}), 0) + 1, false) FROM ${quoted(table)}`, [sequence]);
  }
}

function checkReport(tables: TableCheck[], checks: CopyCheck[]) {
  const table = tables.find((t) => t.source !== t.target || !t.keysMatch);
  if (table)
    throw new Error(
      `the copy does not match the source: ${table.table} has ${table.source} rows there and ${table.target} here, keys ${table.keysMatch ? "alike" : "different"}`,
    );
  const failed = checks.find((c) => !c.ok);
  if (failed) throw new Error(`the copy's ${failed.name}: ${failed.detail}`);
}

async function copyInTransaction(sqlite: Database.Database, client: pg.Client, catalog: TargetCatalog, model: ModelTable[], { onStep, checks }: CopyHooks) {
  const tables = planTables(model, catalog);
  await lockEmptyTarget(
    client,
    catalog.tables.filter((t) => t !== "_prisma_migrations"),
  );
  const buildIndexes = await deferIndexes(
    client,
    tables.map((t) => t.table),
  );
  for (const table of tables) {
    const started = performance.now();
    const rows = await copyTable(sqlite, client, table, catalog.columnTypes.get(table.table)!);
    onStep?.({ name: table.table, rows, ms: performance.now() - started });
  }
  let started = performance.now();
  await buildIndexes();
  onStep?.({ name: "indexes built", ms: performance.now() - started });
  await moveSequences(client, catalog.sequences);
  started = performance.now();
  const report = { tables: await verifyCopy(sqlite, client, tables, catalog.primaryKeys), checks: (await checks?.(client)) ?? [] };
  checkReport(report.tables, report.checks);
  onStep?.({ name: "copy checked", ms: performance.now() - started });
  return report;
}

/**
 * `npm run db:copy`: the whole Atlas in a SQLite file copied into an empty, migrated PostgreSQL
 * database in one transaction (docs/decisions/029), every table of the Prisma model in the order of
 * its foreign keys, then each id sequence moved past the copied ids, and the counts, primary keys and
 * the caller's checks (the rollups) made before it commits. Refusals (CopyRefusal) come before anything is written; any
 * failure after rolls the whole copy back.
 */
export async function copyAtlas(options: CopyOptions, hooks: CopyHooks = {}): Promise<CopyReport> {
  const started = performance.now();
  // The model as the PostgreSQL client knows it; the client only describes it here and never connects.
  const model = modelTables(new PgPrismaClient({ adapter: new PrismaPg({ connectionString: options.to }) }));
  const sqlite = openSource(options.from);
  try {
    const client = await connectTarget(options.to);
    try {
      await checkTargetMigrations(client, options.to);
      const catalog = await readTargetCatalog(client);
      // One read transaction on the source: the copy is of one moment, whatever the app writes meanwhile.
      sqlite.exec("BEGIN");
      await client.query("BEGIN");
      let report: Omit<CopyReport, "seconds">;
      try {
        report = await copyInTransaction(sqlite, client, catalog, model, hooks);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        sqlite.exec("COMMIT");
      }
      // The planner's statistics for the new rows, before the first query needs them, and the
      // visibility map: until a VACUUM marks the pages all-visible, the covering indexes (the
      // overview's, the perpetrator lookup) cannot answer alone, and the planner scanned the table
      // instead (autovacuum comes later, or never where it is off).
      await client.query("VACUUM (ANALYZE)");
      return { ...report, seconds: (performance.now() - started) / 1000 };
    } finally {
      await client.end();
    }
  } finally {
    sqlite.close();
  }
}
