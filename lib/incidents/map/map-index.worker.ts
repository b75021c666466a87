import { parentPort } from "node:worker_threads";
import Database from "better-sqlite3";
import type { WorkerReply } from "@/lib/worker-pool/worker-pool";
import { runMapIndexJob, type KeptMapIndex, type MapIndexJob } from "./map-index-read";

/**
 * A worker thread of the map's index pool (map-index.server.ts): one filter's point-list statement
 * in, its cluster index out, built or patched (docs/decisions/027). Reading a million points and
 * sorting them takes over a second, and patching a kept index tens of milliseconds, which on the
 * server's own thread would stall every request (decision 009). On SQLite it reads through its own
 * read-only connection, which sees every committed write; on PostgreSQL it is given the row the
 * server read. The index's arrays are shared memory (map-index.ts): neither direction copies them.
 */
const port = parentPort!;
const connections = new Map<string, Database.Database>();

function connection(file: string): Database.Database {
  let sqlite = connections.get(file);
  if (!sqlite) {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    sqlite.pragma("busy_timeout = 5000");
    connections.set(file, sqlite);
  }
  return sqlite;
}

port.on("message", (job: MapIndexJob) => {
  let reply: WorkerReply<KeptMapIndex>;
  try {
    reply = { ok: true, value: runMapIndexJob(job, connection) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
