import "server-only";
import { Worker } from "node:worker_threads";
import { db } from "@/lib/db.server";
import { env } from "@/lib/env.server";
import { processWide } from "@/lib/limits/process-wide";
import { updatedByVersion } from "@/lib/read-cache/cached-by-version.server";
import { createWorkerPool } from "@/lib/worker-pool/worker-pool";
import { sqlitePath } from "@/lib/incidents/write/sqlite-file";
import type { IncidentFilter } from "../filter/filter";
import type { MapIndex } from "./map-index";
import type { KeptMapIndex, MapIndexJob } from "./map-index-read";
import { dialectOf } from "@/lib/database/sql-dialect";
import { isKept, mapIndexJob } from "./map-index-job";

/** Why a map answer could not be had now: the index's worker is busy with others (answer 503). */
export class MapIndexBusy extends Error {}

/** One worker: the other core keeps serving requests while an index is built (decision 009). */
function indexPool() {
  return processWide("map-index-pool", () =>
    createWorkerPool<MapIndexJob, KeptMapIndex>({
      size: 1,
      // Written out in full so Next's bundler finds the worker and builds it as its own entry.
      spawn: () => new Worker(new URL("./map-index.worker.ts", import.meta.url)),
      timeLimitMs: 60_000,
      maxQueue: 8,
    }),
  );
}

/**
 * Each filter's cluster index (docs/decisions/027), built on a worker thread and kept until the data
 * changes (lib/read-cache); after a write, patched from the incidents written since rather than read
 * again whole, when the filter allows (map-index-job.ts). Four at most: the whole region's is about
 * 47 MB at a million incidents.
 */
const keptMapIndex = updatedByVersion("map-index", 4, async (previous: KeptMapIndex | undefined, filter: IncidentFilter): Promise<KeptMapIndex> => {
  // SQLite: the worker reads the file itself, off the event loop. PostgreSQL: the server's pool reads
  // the list (waiting on the network, not the processor) and the worker builds or patches the index.
  const job = await mapIndexJob(db, filter, previous, dialectOf(db).kind === "sqlite" ? sqlitePath(env.DATABASE_URL) : null);
  if (isKept(job)) return job;
  const outcome = await indexPool().run(job);
  if (outcome.status === "done") return outcome.value;
  if (outcome.status === "busy") throw new MapIndexBusy("The map's index is being built for other filters");
  throw new Error(`The map's index could not be built: ${outcome.status === "failed" ? outcome.message : outcome.status}`);
});

export const mapIndex = async (filter: IncidentFilter): Promise<MapIndex> => (await keptMapIndex(filter)).index;
