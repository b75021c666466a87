import "server-only";
import { Worker } from "node:worker_threads";
import { createConcurrencyLimit } from "@/lib/limits/concurrency-limit";
import { LOAD_LIMITS } from "@/lib/limits/load-limits";
import { processWide } from "@/lib/limits/process-wide";
import type { ImportJob, JobOutcome } from "./import-job";
import { runOnWorkerThread, type OnProgress } from "./run-on-worker-thread";

/**
 * A large young generation for the import's thread only: a plan's per-row objects then die young
 * instead of being promoted and marked again and again (decision 007; as `--max-semi-space-size=128`,
 * V8's young generation being three semi-spaces). The server's own thread keeps V8's default, so
 * its memory settles back after a burst of requests.
 */
const IMPORT_WORKER_LIMITS = { maxYoungGenerationSizeMb: 3 * 128 };

/** 429: this user already runs as many as allowed; 503: the server does. */
export type ImportJobRefusal = { status: "refused"; httpStatus: 429 | 503; message: string; retryAfterSeconds: number };
/** A place among the import jobs; `run` uses it once and gives it back when the job ends. */
export type ImportJobSlot = { status: "reserved"; run: <J extends ImportJob>(job: J, onProgress?: OnProgress) => Promise<JobOutcome<J>> };

const limits = () =>
  processWide("import-job-limits", () => ({
    perUser: createConcurrencyLimit({ perKey: LOAD_LIMITS.importsPerUser }),
    server: createConcurrencyLimit({ perKey: LOAD_LIMITS.importsAtOnce }),
  }));

/**
 * Import jobs run on a worker thread each, so reading, checking and writing a 100,000-row file
 * never holds up the requests of everyone else (decision 009). A place is reserved first, so a
 * route can refuse with 429/503 before it starts answering. The write turn is taken here, on the
 * server's thread, where the app's own writes wait for it.
 */
export function reserveImportJob(userId: string): ImportJobSlot | ImportJobRefusal {
  const { perUser, server } = limits();
  const leaveUser = perUser.enter(userId);
  if (!leaveUser)
    return {
      status: "refused",
      httpStatus: 429,
      message: `You already have ${LOAD_LIMITS.importsPerUser} imports being read or written. Wait for one to finish.`,
      retryAfterSeconds: 10,
    };
  const leaveServer = server.enter("all");
  if (!leaveServer) {
    leaveUser();
    return {
      status: "refused",
      httpStatus: 503,
      message: "Atlas is reading or writing several imports right now: try again in a few seconds.",
      retryAfterSeconds: 10,
    };
  }
  return {
    status: "reserved",
    run: async (job, onProgress) => {
      try {
        // Written out in full so Next's bundler finds the worker and builds it as its own entry.
        return await runOnWorkerThread(
          () => new Worker(new URL("./import.worker.ts", import.meta.url), { resourceLimits: IMPORT_WORKER_LIMITS }),
          job,
          onProgress,
        );
      } finally {
        leaveServer();
        leaveUser();
      }
    },
  };
}
