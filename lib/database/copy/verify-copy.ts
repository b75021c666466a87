import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import type pg from "pg";
import type { ModelTable } from "./model-tables";
import { quoted } from "./copy-table";

/** One table after the copy: its rows on each side and whether the primary keys are the same set. */
export type TableCheck = { table: string; source: number; target: number; keysMatch: boolean };

/**
 * The primary keys as text, joined by "|": the same text on both databases for integer and text
 * keys (every key of the model). Ordered by bytes on both sides (SQLite's BINARY, PostgreSQL's "C").
 */
const sqliteKey = (columns: string[]) => columns.map((c) => `CAST(${quoted(c)} AS TEXT)`).join(` || '|' || `);
const postgresKey = (columns: string[]) => `concat_ws('|', ${columns.map((c) => `${quoted(c)}::text`).join(", ")})`;

function sqliteSide(sqlite: Database.Database, table: string, key: string[]): { rows: number; checksum: string } {
  const hash = createHash("md5");
  let rows = 0;
  for (const k of sqlite
    .prepare(`SELECT ${sqliteKey(key)} FROM ${quoted(table)} ORDER BY 1`)
    .pluck()
    .iterate() as IterableIterator<string>) {
    hash.update(rows++ === 0 ? k : `,${k}`);
  }
  return { rows, checksum: hash.digest("hex") };
}

async function postgresSide(client: pg.Client, table: string, key: string[]): Promise<{ rows: number; checksum: string }> {
  const { rows } = await client.query<{ rows: number; checksum: string }>(
    `SELECT count(*)::int AS rows, md5(coalesce(string_agg(k, ',' ORDER BY k COLLATE "C"), '')) AS checksum
       FROM (SELECT ${postgresKey(key)} AS k FROM ${quoted(table)}) AS keys`,
  );
  return rows[0]!;
}

/**
 * Each table's rows counted on both sides and a checksum of its primary keys compared (an MD5 of
 * them all in order: cheap, and a lost, doubled or renumbered row changes it). Run in the copy's
 * transaction, before it commits.
 */
export async function verifyCopy(
  sqlite: Database.Database,
  client: pg.Client,
  tables: readonly ModelTable[],
  primaryKeys: ReadonlyMap<string, string[]>,
): Promise<TableCheck[]> {
  const checks: TableCheck[] = [];
  for (const { table, columns } of tables) {
    const key = primaryKeys.get(table) ?? columns.map((c) => c.name);
    const [source, target] = [sqliteSide(sqlite, table, key), await postgresSide(client, table, key)];
    checks.push({ table, source: source.rows, target: target.rows, keysMatch: source.checksum === target.checksum });
  }
  return checks;
}
