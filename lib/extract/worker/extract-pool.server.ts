import "server-only";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createWorkerPool } from "@/lib/worker-pool/worker-pool";
import { LOAD_LIMITS } from "@/lib/limits/load-limits";
import { processWide } from "@/lib/limits/process-wide";
import type { ParsedExtractInput } from "../schema";
import type { ArticleProposals } from "../types";

/**
 * Workers: one core is left to the event loop that serves every request, so on this project's
 * 2-core machine one worker reads articles while the other core answers pages (decision 009).
 */
export const EXTRACT_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));

/** The one extraction pool of this server, started on first use. */
export function extractionPool() {
  return processWide("extract-pool", () =>
    createWorkerPool<ParsedExtractInput, ArticleProposals>({
      size: EXTRACT_WORKERS,
      // Written out in full so Next's bundler finds the worker and builds it as its own entry.
      spawn: () => new Worker(new URL("./extract.worker.ts", import.meta.url)),
      timeLimitMs: LOAD_LIMITS.extractTimeLimitMs,
      maxQueue: LOAD_LIMITS.extractQueue,
    }),
  );
}
