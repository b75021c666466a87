import type pg from "pg";
import type { CopyCheck } from "@/lib/database/copy/copy-atlas";
import { ROLLUPS, recountSql, storedSql } from "./rollup-definitions";

/**
 * Every rollup, each against a recount of the incidents, inside db:copy's transaction before it
 * commits (lib/database/copy/, which knows nothing of incidents and is given this check by its callers). The copy never writes a rollup: the
 * triggers on Incident build them from the rows as they arrive, so this confirms they did.
 */
export async function checkRollupsInCopy(client: pg.Client): Promise<CopyCheck[]> {
  const checks: CopyCheck[] = [];
  for (const r of ROLLUPS) {
    const [recount, stored] = [recountSql(r, "postgresql"), storedSql(r)];
    const { rows } = await client.query<{ groups: number; mismatches: number }>(
      `SELECT (SELECT count(*)::int FROM (${recount}) AS recount) AS groups,
              (SELECT count(*)::int FROM (SELECT * FROM (${recount} EXCEPT ${stored}) AS missing
                                          UNION ALL SELECT * FROM (${stored} EXCEPT ${recount}) AS extra) AS differ) AS mismatches`,
    );
    const { groups, mismatches } = rows[0]!;
    checks.push({ name: r.table, detail: `${groups.toLocaleString("en")} groups, ${mismatches} differ from a recount of the incidents`, ok: mismatches === 0 });
  }
  return checks;
}
