import { loadavg, cpus } from "node:os";
import { freshDatabase } from "@/tests/fresh-database";
import type { Db } from "@/lib/create-db";
import { readImportFile } from "@/lib/import/read-import-file";
import { planImportFile } from "@/lib/import/import-file";
import { analyseImport } from "@/lib/import/analyse-import";
import { applyImport, type WriteStep } from "@/lib/import/apply-import";
import { syntheticAcledCsv } from "./synthetic-acled";

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Wall time and this process's CPU time: on a busy machine the wall time includes waiting for a core. */
function phases() {
  const marks = [{ wall: performance.now(), cpu: process.cpuUsage() }];
  return {
    mark() {
      marks.push({ wall: performance.now(), cpu: process.cpuUsage() });
    },
    line(i: number) {
      const [a, b] = [marks[i - 1]!, marks[i]!];
      const cpu = (b.cpu.user + b.cpu.system - a.cpu.user - a.cpu.system) / 1000;
      return `${seconds(b.wall - a.wall).padStart(8)} (CPU ${seconds(cpu)})`;
    },
    wall: () => marks.at(-1)!.wall - marks[0]!.wall,
  };
}

/**
 * `npm run bench:import [-- rows] [--no-audit]`: imports synthetic ACLED rows into a fresh database,
 * the path of `npm run import` (read and map, check every row with the incident schema and plan,
 * write in one transaction with an audit event per incident), and prints the time of each phase
 * and of each step of the write, rows/s and the peak memory. `npm run bench` runs it too; run it
 * through npm (scripts/node-run.sh) to get the Node options the import runs with. Target: 100,000 rows at >= 20,000 rows/s with the audit events
 * (`--no-audit` leaves them out, to see their cost). The machine's load is printed too: other work
 * on the cores skews the figures, so compare the CPU times. Last, the preview of a 2.6 MB JSON file
 * of empty objects (issue #19: it took 17 s; each item is one rejected row).
 */
async function main() {
  const args = process.argv.slice(2);
  const rows = Number(args.find((a) => !a.startsWith("--")) ?? 100_000);
  const audit = !args.includes("--no-audit");
  const bytes = new TextEncoder().encode(syntheticAcledCsv(rows));
  const { db, url, remove } = freshDatabase();
  try {
    const time = phases();
    // As planImportFile does. The rows are read, mapped and checked a chunk at a time (one phase);
    // only the plan is kept for the write.
    const plan = await (async () => {
      const read = readImportFile(bytes);
      if (!read.ok) throw new Error(read.message);
      return analyseImport(db, read.format, read.candidates);
    })();
    time.mark();
    const steps: { step: WriteStep; at: number }[] = [];
    const summary = await applyImport(url, plan, { userId: null, audit, onStep: (step) => void steps.push({ step, at: performance.now() }) });
    time.mark();
    const writeEnd = performance.now();
    const stored = await db.incident.count();
    const events = await db.auditEvent.count();
    const rate = Math.round(rows / (time.wall() / 1000));
    console.log(`import: ${rows.toLocaleString("en")} ACLED rows (${(bytes.length / 1e6).toFixed(1)} MB)`);
    console.log(`  read, map, check (schema) and plan: ${time.line(1)}`);
    console.log(`  write (one transaction):            ${time.line(2)}, audit events ${audit ? "on" : "off (--no-audit)"}`);
    steps.forEach(({ step, at }, i) => console.log(`    ${`${step}:`.padEnd(34)}${seconds((steps[i + 1]?.at ?? writeEnd) - at).padStart(8)}`));
    console.log(`  total: ${seconds(time.wall())} = ${rate.toLocaleString("en")} rows/s (target >= 20,000)`);
    console.log(`  created ${summary.created}, rejected ${summary.rejected}; ${stored} incidents and ${events} audit events stored`);
    console.log(`  peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
    console.log(
      `  load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")} on ${cpus().length} cores`,
    );
    if (stored !== rows || events !== (audit ? rows : 0)) process.exitCode = 1;
    await previewOfEmptyObjects(db);
  } finally {
    await remove();
  }
}

/** Issue #19: a 2.6 MB JSON file of empty objects took 17 s to preview; each is now one rejected row. */
async function previewOfEmptyObjects(db: Db) {
  const count = 866_000;
  const bytes = new TextEncoder().encode(`[${"{},".repeat(count - 1)}{}]`);
  const time = phases();
  const planned = await planImportFile(db, bytes);
  time.mark();
  const rejected = planned.ok ? planned.plan.counts.reject : 0;
  console.log(
    `preview of ${count.toLocaleString("en")} empty JSON objects (${(bytes.length / 1e6).toFixed(1)} MB): ${time.line(1)}, ${rejected.toLocaleString("en")} rejected`,
  );
  if (rejected !== count) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
