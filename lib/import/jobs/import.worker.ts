import { parentPort } from "node:worker_threads";
import { createDb } from "@/lib/create-db";
import type { ServerMessage, WorkerMessage } from "./import-job";
import { confirmImport, previewImport } from "./run-import-job";

/**
 * A worker thread that runs one import job (import-jobs.server.ts) and is then stopped. It reads
 * with its own Prisma client and writes with its own SQLite connection, so the server's thread only
 * relays progress. The write turn is the server's: the worker asks for it and waits for "go".
 */
const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);

let go: (() => void) | null = null;

port.on("message", (message: ServerMessage) => {
  if (message.type === "go") return go?.();
  const { job } = message;
  const db = createDb(job.databaseUrl);
  const run =
    job.kind === "preview"
      ? previewImport(db, job)
      : confirmImport(db, job, {
          progress: (line) => post({ type: "progress", line }),
          writeTurn: () =>
            new Promise((resolve) => {
              go = () => resolve(() => {});
              post({ type: "turn" });
            }),
        });
  run
    .then((outcome) => post({ type: "outcome", outcome }))
    .catch((error: unknown) => post({ type: "crash", message: error instanceof Error ? error.message : String(error) }))
    .finally(() => void db.$disconnect());
});
