import { DEFAULT_DATABASE_URL } from "@/lib/default-database-url";
import { checkRollupsAt, describeTarget, rollupsTarget } from "@/lib/incidents/rollups/check-rollups-at";
import { arg } from "./bench/options";

/**
 * npm run db:check-rollups [-- --db data/atlas.db | --db postgresql://user@host/atlas]
 * Recounts every rollup (decisions 025, 026) from the incidents and prints each group that differs;
 * exits 1 when any does, or when the database cannot be read. Read-only: the database may be in use.
 * The database is --db, else DATABASE_URL, else the default SQLite file.
 */
async function main() {
  const target = rollupsTarget(arg("db", process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL));
  const started = performance.now();
  const checks = await checkRollupsAt(target);
  for (const check of checks) {
    const state = check.mismatches === 0 ? "OK" : `${check.mismatches} group(s) DIFFER`;
    console.log(`${check.table}: ${check.groups.toLocaleString("en")} groups recounted, ${state}`);
    for (const d of check.differences) console.log(`  ${d.group}\n    rollup:  ${JSON.stringify(d.rollup)}\n    recount: ${JSON.stringify(d.recount)}`);
    if (check.differences.length < check.mismatches) console.log(`  ... and ${check.mismatches - check.differences.length} more`);
  }
  console.log(`Checked ${describeTarget(target)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (checks.some((c) => c.mismatches > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`db:check-rollups: ${(error as Error).message}`);
  process.exitCode = 1;
});
