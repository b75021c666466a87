import type pg from "pg";
import { ROLLUPS, recountSql, storedSql } from "@/lib/incidents/rollups/rollup-definitions";

export type RollupMatch = { table: string; groups: number; mismatches: number };

/**
 * The rollups PostgreSQL keeps, checked against a recount of the copied incidents in the copy's own
 * transaction (the check of check-rollups.ts, through pg). The copy never writes a rollup: the
 * triggers on Incident build them from the rows as they arrive, whichever rollups the migrations
 * keep, so this only confirms it.
 */
export async function rollupsMatch(client: pg.Client, tables: readonly string[]): Promise<RollupMatch[]> {
  const results: RollupMatch[] = [];
  for (const r of ROLLUPS.filter((rollup) => !rollup.sqliteOnly && tables.includes(rollup.table))) {
    const [recount, stored] = [recountSql(r, "postgresql"), storedSql(r)];
    const { rows } = await client.query<{ groups: number; mismatches: number }>(
      `SELECT (SELECT count(*)::int FROM (${recount}) AS recount) AS groups,
              (SELECT count(*)::int FROM (SELECT * FROM (${recount} EXCEPT ${stored}) AS missing
                                          UNION ALL SELECT * FROM (${stored} EXCEPT ${recount}) AS extra) AS differ) AS mismatches`,
    );
    results.push({ table: r.table, ...rows[0]! });
  }
  return results;
}
