import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL } from "@/lib/default-database-url";
import { sqlitePath } from "@/lib/incidents/write/sqlite-file";
import { checkRollups } from "@/lib/incidents/rollups/check-rollups";
import { arg } from "./bench/options";

/**
 * npm run db:check-rollups [-- --db data/atlas.db]
 * Recounts every rollup (decisions 025, 026) from the incidents and prints each group that differs;
 * exits 1 when any does. Read-only: the database may be in use.
 */
function main() {
  const file = sqlitePath(arg("db", process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL));
  if (!existsSync(file)) throw new Error(`No database at ${file}`);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma("busy_timeout = 30000");
  try {
    const started = performance.now();
    const checks = checkRollups(sqlite);
    for (const check of checks) {
      const state = check.mismatches === 0 ? "OK" : `${check.mismatches} group(s) DIFFER`;
      console.log(`${check.table}: ${check.groups.toLocaleString("en")} groups recounted, ${state}`);
      for (const d of check.differences) console.log(`  ${d.group}\n    rollup:  ${JSON.stringify(d.rollup)}\n    recount: ${JSON.stringify(d.recount)}`);
      if (check.differences.length < check.mismatches) console.log(`  ... and ${check.mismatches - check.differences.length} more`);
    }
    console.log(`Checked ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (checks.some((c) => c.mismatches > 0)) process.exitCode = 1;
  } finally {
    sqlite.close();
  }
}

main();
