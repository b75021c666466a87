import type { Db } from "@/lib/create-db";
import { writeImport } from "../apply-import";
import { explainConflicts } from "../explain-conflicts";
import { planImportFile } from "../import-file";
import { previewedConflicts, toPreview, type ImportPhase, type ImportProgress } from "../preview";
import type { ConfirmOutcome, ImportJob, PreviewOutcome } from "./import-job";

export type JobIo = {
  /** A progress line for the confirm stream. */
  progress: (line: Extract<ImportProgress, { type: "progress" }>) => void | Promise<void>;
  /** Waits for the write turn (lib/write-turns); the returned function gives it back. */
  writeTurn: () => Promise<() => void>;
};

/** Reads and checks a file: the preview of the import page, without its upload token. */
export async function previewImport(db: Db, job: Extract<ImportJob, { kind: "preview" }>): Promise<PreviewOutcome> {
  const planned = await planImportFile(db, job.bytes);
  if (!planned.ok) return planned;
  const { plan } = planned;
  return {
    ok: true,
    preview: await explainConflicts(db, toPreview(plan, "", job.fileName)),
    previewed: previewedConflicts(plan),
    worthKeeping: plan.items.length > 0 || plan.counts.conflict > 0,
  };
}

/** Checks a confirmed file again against the database as it is now, then writes it in one transaction. */
export async function confirmImport(db: Db, job: Extract<ImportJob, { kind: "confirm" }>, io: JobIo): Promise<ConfirmOutcome> {
  await io.progress({ type: "progress", phase: "checking", done: 0, total: 0 });
  const planned = await planImportFile(db, job.bytes, job.choice);
  if (!planned.ok) return planned;
  const total = planned.plan.items.length;
  let phase: ImportPhase = "writing";
  const endTurn = await io.writeTurn();
  try {
    const summary = await writeImport(job.databaseUrl, planned.plan, {
      userId: job.userId,
      fileName: job.fileName,
      upload: job.upload,
      onProgress: (done) => io.progress({ type: "progress", phase, done, total }),
      onStep: async (step) => {
        if (step === "rows") return io.progress({ type: "progress", phase, done: 0, total });
        // A large import then rebuilds its indexes and commits: seconds at 100,000 rows.
        if (phase === "finishing") return;
        phase = "finishing";
        await io.progress({ type: "progress", phase, done: total, total });
      },
    });
    return { ok: true, summary };
  } finally {
    endTurn();
  }
}
