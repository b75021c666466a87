import { freshDatabase } from "@/lib/testing/fresh-database";
import { planImportFile } from "@/lib/import/import-file";
import { applyImport } from "@/lib/import/apply-import";
import { syntheticAcledCsv } from "./synthetic-acled";

/** `npm run bench:import [-- rows]`: imports synthetic ACLED rows into a fresh database and times it. */
async function main() {
  const rows = Number(process.argv[2] ?? 100_000);
  const bytes = new TextEncoder().encode(syntheticAcledCsv(rows));
  const { db, url, remove } = freshDatabase();
  try {
    const t0 = performance.now();
    const planned = await planImportFile(db, bytes);
    if (!planned.ok) throw new Error(planned.message);
    const t1 = performance.now();
    const summary = await applyImport(url, planned.plan);
    const t2 = performance.now();
    const stored = await db.incident.count();
    const secs = (t2 - t0) / 1000;
    console.log(`import: ${rows.toLocaleString("en")} ACLED rows (${(bytes.length / 1e6).toFixed(1)} MB)`);
    console.log(`  read + validate + plan: ${((t1 - t0) / 1000).toFixed(2)} s`);
    console.log(`  write (one transaction): ${((t2 - t1) / 1000).toFixed(2)} s`);
    console.log(`  total: ${secs.toFixed(2)} s = ${Math.round(rows / secs).toLocaleString("en")} rows/s (target >= 20,000)`);
    console.log(`  created ${summary.created}, rejected ${summary.rejected}; ${stored} incidents stored`);
    console.log(`  peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
    if (stored !== rows) process.exitCode = 1;
  } finally {
    await remove();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
