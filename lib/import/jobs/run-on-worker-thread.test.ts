import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "@/tests/fresh-database";
import { readImportOrigin } from "@/lib/incidents/audit/import-origin";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident } from "@/lib/incidents/write/write-incident";
import { writeTurns } from "@/lib/write-turns/write-turns";
import { buildIncident } from "@/prisma/factories";
import { syntheticAcledCsv } from "@/scripts/import/synthetic-acled";
import { KEEP_NEWER } from "../version-conflict";
import type { ImportProgress } from "../preview";
import { runOnWorkerThread } from "./run-on-worker-thread";

// Real worker threads loading TypeScript through tsx, on real SQLite files.
vi.setConfig({ testTimeout: 120_000 });

const open: ReturnType<typeof freshDatabase>[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.remove();
});

// The production build bundles the worker; here tsx compiles it as it loads.
const WORKER_FILE = new URL("./import.worker.ts", import.meta.url).pathname;
const importWorker = () => new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(WORKER_FILE)});`, { eval: true });
const csv = (rows: number) => new TextEncoder().encode(syntheticAcledCsv(rows));
const count = async (d: ReturnType<typeof freshDatabase>) => d.db.incident.count();

describe("an import job on a worker thread", () => {
  it("previews a file without writing anything", async () => {
    const d = freshDatabase();
    open.push(d);
    const outcome = await runOnWorkerThread(importWorker, { kind: "preview", databaseUrl: d.url, bytes: csv(50), fileName: "acled.csv" });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.preview.counts.create).toBe(50);
    expect(outcome.preview.fileName).toBe("acled.csv");
    expect(outcome.worthKeeping).toBe(true);
    expect(await count(d)).toBe(0);
  });

  it("says why a file cannot be read, as an outcome rather than a crash", async () => {
    const d = freshDatabase();
    open.push(d);
    const outcome = await runOnWorkerThread(importWorker, {
      kind: "preview",
      databaseUrl: d.url,
      bytes: new TextEncoder().encode("no,such\ncolumns,here\n"),
      fileName: "x.csv",
    });
    expect(outcome.ok).toBe(false);
  });

  it("writes a confirmed file while the app's own write waits for the import's turn, then gives the turn back", async () => {
    const d = freshDatabase();
    open.push(d);
    const lines: Extract<ImportProgress, { type: "progress" }>[] = [];
    const events: string[] = [];
    let save: Promise<unknown> | null = null;
    const outcome = await runOnWorkerThread(
      importWorker,
      { kind: "confirm", databaseUrl: d.url, bytes: csv(3_000), fileName: "acled-pakistan.csv", choice: KEEP_NEWER, userId: null },
      (line) => {
        lines.push(line);
        if (line.phase === "writing" && line.done > 0 && !save) {
          events.push("import writing");
          save = insertIncident(d.db, IncidentInputSchema.parse(buildIncident({ title: "Saved during the import" }, 1))).then(() => events.push("form saved"));
        }
      },
    );
    events.push("import ended");
    await save;
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.summary.created).toBe(3_000);
    expect(lines[0]).toEqual({ type: "progress", phase: "checking", done: 0, total: 0 });
    expect(lines.some((l) => l.phase === "writing" && l.done === 3_000)).toBe(true);
    expect(events).toEqual(["import writing", "import ended", "form saved"]);
    expect(await count(d)).toBe(3_001);
    // Each imported row's History names its file and line (the header is line 1).
    const origins = await d.db.auditEvent.findMany({ where: { importOrigin: { not: null } }, select: { importOrigin: true }, orderBy: { id: "asc" } });
    expect(origins).toHaveLength(3_000);
    expect(readImportOrigin(origins[0]!.importOrigin)).toMatchObject({ file: "acled-pakistan.csv", where: "line 2" });
    expect(writeTurns().state()).toEqual({ writers: 0, bulk: false, waiting: 0 });
  });

  it("gives the write turn back when the worker dies holding it", async () => {
    const dying = () =>
      new Worker(
        `const { parentPort } = require("node:worker_threads");
         parentPort.on("message", (m) => { if (m.type === "job") parentPort.postMessage({ type: "turn" }); else process.exit(7); });`,
        { eval: true },
      );
    await expect(runOnWorkerThread(dying, { kind: "preview", databaseUrl: "file:unused.db", bytes: new Uint8Array(), fileName: "x" })).rejects.toThrow(
      /exit code 7/,
    );
    expect(writeTurns().state()).toEqual({ writers: 0, bulk: false, waiting: 0 });
  });
});
