import { parentPort } from "node:worker_threads";
import Database from "better-sqlite3";
import type { WorkerReply } from "@/lib/worker-pool/worker-pool";
import type { MapIndex } from "./map-index";
import { indexBuffers, indexFromPointList, readMapIndex, type MapIndexJob } from "./map-index-read";

/**
 * A worker thread of the map's index pool (map-index.server.ts): one filter's point-list query in,
 * its cluster index out (docs/decisions/027). Reading a million points and sorting them takes over a
 * second, which on the server's own thread would stall every request (decision 009). On SQLite it
 * reads through its own read-only connection, which sees every committed write; on PostgreSQL it is
 * given the point list the server read.
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
  let reply: WorkerReply<MapIndex>;
  let transfer: ArrayBuffer[] = [];
  try {
    const index = "points" in job ? indexFromPointList(job.points) : readMapIndex(connection(job.file), job.query);
    reply = { ok: true, value: index };
    transfer = indexBuffers(index);
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply, transfer);
});
