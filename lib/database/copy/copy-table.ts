import type Database from "better-sqlite3";
import type pg from "pg";
import type { ModelTable } from "./model-tables";
import { toPostgresValue, type PostgresValue } from "./postgres-value";

/** Rows per INSERT: large enough that round trips do not count, small enough to keep a batch's memory modest. */
const BATCH_ROWS = 5000;

export const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The INSERT of one batch: one array parameter per column, unnested into rows, each cast to the
 * column's type (an enum, timestamp(3), jsonb…), so a batch of any size is one statement with as
 * many parameters as the table has columns.
 */
export function insertSql(table: ModelTable, columnTypes: ReadonlyMap<string, string>): string {
  const arrays = table.columns.map((c, i) => `$${i + 1}::${columnTypes.get(c.name)}[]`);
  return `INSERT INTO ${quoted(table.table)} (${table.columns.map((c) => quoted(c.name)).join(", ")}) SELECT * FROM unnest(${arrays.join(", ")})`;
}

/**
 * Copies every row of one table from SQLite to PostgreSQL in batches, reading the next batch while
 * the server writes the last one. Returns the number of rows. A value that cannot be converted
 * throws with its table, column and row (by its first column, the id); a batch PostgreSQL refuses throws with the table.
 */
export async function copyTable(sqlite: Database.Database, client: pg.Client, table: ModelTable, columnTypes: ReadonlyMap<string, string>): Promise<number> {
  const select = sqlite.prepare(`SELECT ${table.columns.map((c) => quoted(c.name)).join(", ")} FROM ${quoted(table.table)}`).raw(true);
  // Integers past 2^53 would be rounded by a JavaScript number: read them as bigints where they may occur.
  if (table.columns.some((c) => c.type === "BigInt")) select.safeIntegers(true);
  const sql = insertSql(table, columnTypes);
  const write = (batch: PostgresValue[][]) => {
    const written = client.query(sql, batch).then(
      () => undefined,
      (error: unknown) => {
        throw new Error(`copying ${table.table}: ${(error as Error).message}`);
      },
    );
    // Awaited before the next batch or the end; handled here too in case a conversion error ends the copy first.
    written.catch(() => undefined);
    return written;
  };
  let batch: PostgresValue[][] = table.columns.map(() => []);
  let inFlight: Promise<void> | null = null;
  let rows = 0;
  for (const row of select.iterate() as IterableIterator<unknown[]>) {
    table.columns.forEach((column, i) => {
      try {
        batch[i]!.push(toPostgresValue(column, row[i]));
      } catch (error) {
        throw new Error(`copying ${table.table}: ${column.name} of the row with ${table.columns[0]!.name} ${String(row[0])} is ${(error as Error).message}`);
      }
    });
    rows++;
    if (rows % BATCH_ROWS === 0) {
      await inFlight;
      inFlight = write(batch);
      batch = table.columns.map(() => []);
    }
  }
  await inFlight;
  if (rows % BATCH_ROWS !== 0) await write(batch);
  return rows;
}
