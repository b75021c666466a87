import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createDb } from "@/lib/create-db";
import { DEFAULT_DATABASE_URL } from "@/lib/default-database-url";
import { planImportFile } from "@/lib/import/import-file";
import { applyImport } from "@/lib/import/apply-import";
import { MAX_IMPORT_BYTES } from "@/lib/import/read-import-file";
import { PREVIEW_LIMITS } from "@/lib/import/preview-limits";
import { IMPORT_FORMATS } from "@/lib/import/candidate";
import { decideImport, importedMessage } from "./import-outcome";

const USAGE = "usage: npm run import -- <file.csv|file.geojson|file.json> [--dry-run] [--allow-rejects] [--skip-conflicts | --overwrite-conflicts]";

/**
 * `npm run import -- <file> [--dry-run] [--allow-rejects] [--skip-conflicts | --overwrite-conflicts]`:
 * the import of the /import page from the command line, with the same checks and report. Writes
 * every accepted row in one transaction unless --dry-run. Any rejected row, or a row whose record was
 * saved after the file was exported, makes it exit 1 and write nothing unless a flag says what to do
 * (import-outcome.ts).
 */
async function main() {
  const args = process.argv.slice(2);
  const flags = { dryRun: args.includes("--dry-run"), allowRejects: args.includes("--allow-rejects"), skipConflicts: args.includes("--skip-conflicts") };
  const overwriteConflicts = args.includes("--overwrite-conflicts");
  const file = args.find((a) => !a.startsWith("--"));
  if (!file || (overwriteConflicts && flags.skipConflicts)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  if (statSync(file).size > MAX_IMPORT_BYTES) {
    console.error(`${file}: larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it and import the parts.`);
    process.exitCode = 1;
    return;
  }
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const db = createDb(url);
  try {
    const planned = await planImportFile(db, readFileSync(file), { overwrite: overwriteConflicts ? "all" : "none" }, "from-file");
    if (!planned.ok) {
      console.error(`${file}: ${planned.message}\nNothing was imported.`);
      process.exitCode = 1;
      return;
    }
    const { plan } = planned;
    console.log(`${file}: ${IMPORT_FORMATS[plan.format]}`);
    for (const row of plan.rows) {
      if (row.action === "reject") console.log(`  ${row.where}: rejected: ${row.reasons.join("; ")}`);
      if (row.action === "conflict") console.log(`  ${row.where}: saved since the export: ${row.reasons.join("; ")}`);
      for (const note of row.notes) console.log(`  ${row.where}: ${note}`);
    }
    const unlisted = plan.counts.reject - plan.rows.filter((r) => r.action === "reject").length;
    if (unlisted > 0)
      console.log(`  ...and ${unlisted.toLocaleString("en")} more rejected rows (the first ${PREVIEW_LIMITS.rejected.toLocaleString("en")} are listed)`);
    console.log(
      `${plan.counts.create} to create, ${plan.counts.update} to update, ${plan.counts.conflict} saved since the export, ${plan.counts.reject} rejected`,
    );
    const decision = decideImport(plan.counts, flags);
    if (decision.message) (decision.exitCode ? console.error : console.log)(decision.message);
    process.exitCode = decision.exitCode;
    if (!decision.write) return;
    let last = 0;
    // No signed-in user on the command line: History names these changes "System (import or seed)".
    const summary = await applyImport(url, plan, {
      userId: null,
      fileName: path.basename(file),
      onProgress: (done, total) => {
        const pct = Math.floor((done / total) * 100);
        if (pct >= last + 10 || done === total) {
          last = pct;
          process.stdout.write(`  ${done.toLocaleString("en")} / ${total.toLocaleString("en")}\n`);
        }
      },
    });
    console.log(importedMessage(summary));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  console.error("Nothing was imported.");
  process.exitCode = 1;
});
