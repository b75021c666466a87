import type { Worker } from "node:worker_threads";
import { writeTurns } from "@/lib/write-turns/write-turns";
import type { ImportProgress } from "../preview";
import type { ImportJob, JobOutcome, ServerMessage, WorkerMessage } from "./import-job";

export type OnProgress = (line: Extract<ImportProgress, { type: "progress" }>) => void;

/**
 * Sends a job to a new worker thread (import.worker.ts), relays its progress, takes the write turn
 * when it asks (lib/write-turns, this thread's) and gives it back when the job ends, however it
 * ends; the worker is then stopped. A job's expected failures are outcomes; a crash rejects.
 */
export function runOnWorkerThread<J extends ImportJob>(spawn: () => Worker, job: J, onProgress?: OnProgress): Promise<JobOutcome<J>> {
  return new Promise<JobOutcome<J>>((resolve, reject) => {
    const worker = spawn();
    let endTurn: (() => void) | null = null;
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      endTurn?.();
      worker.removeAllListeners();
      worker.on("error", () => {});
      void worker.terminate();
      finish();
    };
    const send = (message: ServerMessage) => worker.postMessage(message);
    worker.on("message", (message: WorkerMessage) => {
      switch (message.type) {
        case "progress":
          return onProgress?.(message.line);
        case "turn":
          return void writeTurns()
            .bulk()
            .then((end) => {
              if (settled) return end();
              endTurn = end;
              send({ type: "go" });
            });
        case "outcome":
          return settle(() => resolve(message.outcome as JobOutcome<J>));
        case "crash":
          return settle(() => reject(new Error(message.message)));
      }
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) => settle(() => reject(new Error(`The import worker stopped (exit code ${code}).`))));
    send({ type: "job", job });
  });
}
