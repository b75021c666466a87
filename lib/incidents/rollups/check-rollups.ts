import type Database from "better-sqlite3";
import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import { ROLLUPS, recountSql, rollupKeyColumns, storedSql, type RollupDefinition } from "./rollup-definitions";

type Row = Record<string, string | number>;

/** One group where a rollup and the recount differ; null on the side that has no row for it. */
export type RollupDifference = { group: string; rollup: Row | null; recount: Row | null };

/** A rollup checked: the groups the recount has, how many differ and the first few that do. */
export type RollupCheck = { table: string; groups: number; mismatches: number; differences: RollupDifference[] };

const keyOf = (r: RollupDefinition, row: Row) =>
  rollupKeyColumns(r)
    .map((c) => row[c])
    .join(" | ");

/**
 * Every rollup against a recount of the incidents, in one read transaction so writers cannot slip in
 * between: the groups whose stored sums differ from the recount's (at most `limit` listed per rollup).
 */
export function checkRollups(sqlite: Database.Database, limit = 20): RollupCheck[] {
  return sqlite.transaction(() =>
    ROLLUPS.map((r) => {
      const [recount, stored] = [recountSql(r), storedSql(r)];
      const missing = sqlite.prepare(`${recount} EXCEPT ${stored}`).all() as Row[];
      const extra = sqlite.prepare(`${stored} EXCEPT ${recount}`).all() as Row[];
      const { n } = sqlite.prepare(`SELECT COUNT(*) AS n FROM (${recount})`).get() as { n: number };
      return compareRollup(r, missing, extra, n, limit);
    }),
  )();
}

/**
 * checkRollups through a Prisma client, on either database: every rollup, PostgreSQL's triggers
 * checked the same way as SQLite's. On PostgreSQL the transaction reads one snapshot (repeatable
 * read) and writes nothing, as SQLite's read transaction does.
 */
/** How long checkRollupsWithClient's read transaction may take: a recount of every rollup grows with the incidents. */
const CHECK_TIMEOUT_MS = 30 * 60_000;

export async function checkRollupsWithClient(db: Db, limit = 20): Promise<RollupCheck[]> {
  const database = dialectOf(db).kind;
  return db.$transaction(
    async (tx) => {
      if (database === "postgresql") await tx.$executeRawUnsafe(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
      const checks: RollupCheck[] = [];
      for (const r of ROLLUPS) {
        const [recount, stored] = [recountSql(r, database), storedSql(r)];
        const missing = (await tx.$queryRawUnsafe<Row[]>(`${recount} EXCEPT ${stored}`)).map(asNumbers);
        const extra = (await tx.$queryRawUnsafe<Row[]>(`${stored} EXCEPT ${recount}`)).map(asNumbers);
        const [{ n }] = await tx.$queryRawUnsafe<[{ n: bigint | number }]>(`SELECT COUNT(*) AS n FROM (${recount}) AS recount`);
        checks.push(compareRollup(r, missing, extra, Number(n), limit));
      }
      return checks;
      // Prisma's default of 5 s ends the transaction mid-check: six recounts of 100,000 incidents on
      // PostgreSQL took longer on a loaded machine. It only reads.
    },
    { timeout: CHECK_TIMEOUT_MS },
  );
}

/** PostgreSQL sums to bigint: the rows as plain numbers, to compare and print (JSON has no bigint). */
const asNumbers = (row: Record<string, unknown>): Row =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : (v as string | number)]));

function compareRollup(r: RollupDefinition, missing: Row[], extra: Row[], groups: number, limit: number): RollupCheck {
  const byGroup = new Map<string, RollupDifference>();
  for (const row of missing) byGroup.set(keyOf(r, row), { group: keyOf(r, row), rollup: null, recount: row });
  for (const row of extra) {
    const group = keyOf(r, row);
    byGroup.set(group, { group, recount: byGroup.get(group)?.recount ?? null, rollup: row });
  }
  return { table: r.table, groups, mismatches: byGroup.size, differences: [...byGroup.values()].slice(0, limit) };
}
