import { parseArgs } from "node:util";
import { copyAtlas } from "@/lib/database/copy/copy-atlas";
import { CopyOptionsSchema } from "@/lib/database/copy/copy-options";
import { CopyRefusal, oneLine } from "@/lib/database/copy/copy-refusal";
import { shownUrl } from "@/lib/database/copy/target-postgres";
import { checkRollupsInCopy } from "@/lib/incidents/rollups/check-rollups-in-copy";

/**
 * npm run db:copy -- --from file:./data/atlas.db --to postgresql://user@host:5432/atlas
 * Copies a SQLite Atlas into an empty, migrated PostgreSQL database in one transaction and prints
 * each table's rows on both sides (lib/database/copy/). Exit code 1, with one line, when it refuses
 * or fails; the target is then as it was.
 */
const fail = (message: string): never => {
  console.error(`db:copy: ${message}`);
  process.exit(1);
};

function readOptions() {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } }, strict: true }));
  } catch (error) {
    return fail(oneLine(error));
  }
  const parsed = CopyOptionsSchema.safeParse(values);
  return parsed.success ? parsed.data : fail(parsed.error.issues.map((i) => i.message).join("; "));
}

async function main() {
  const options = readOptions();
  console.log(`db:copy: ${options.from} -> ${shownUrl(options.to)}`);
  const onStep = ({ name, rows, ms }: { name: string; rows?: number; ms: number }) => {
    const count = rows === undefined ? "" : `${rows.toLocaleString("en")} rows`;
    console.log(`  ${name.padEnd(22)} ${count.padStart(15)}  ${(ms / 1000).toFixed(1)} s`);
  };
  const report = await copyAtlas(options, { onStep, checks: checkRollupsInCopy });
  console.log(`\nVerified in the copy's transaction, before it committed:`);
  console.log(`  ${"table".padEnd(22)} ${"source".padStart(10)} ${"copy".padStart(10)}  primary keys`);
  for (const t of report.tables) {
    console.log(
      `  ${t.table.padEnd(22)} ${t.source.toLocaleString("en").padStart(10)} ${t.target.toLocaleString("en").padStart(10)}  ${t.keysMatch ? "same" : "DIFFERENT"}`,
    );
  }
  for (const c of report.checks) console.log(`  ${c.name.padEnd(22)} ${c.detail}`);
  const rows = report.tables.reduce((sum, t) => sum + t.target, 0);
  console.log(`\nCopied ${rows.toLocaleString("en")} rows in ${report.tables.length} tables in ${report.seconds.toFixed(1)} s.`);
}

main().catch((error: unknown) => fail(error instanceof CopyRefusal ? error.message : `nothing was copied: ${oneLine(error)}`));
