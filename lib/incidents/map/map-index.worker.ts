import { parentPort } from "node:worker_threads";
import Database from "better-sqlite3";
import type { WorkerReply } from "@/lib/worker-pool/worker-pool";
import type { MapIndex } from "./map-index";
import { indexBuffers, readMapIndex, type PointListQuery } from "./map-index-read";

/**
 * A worker thread of the map's index pool (map-index.server.ts): one filter's point-list query in,
 * its cluster index out (docs/decisions/027). Reading a million points and sorting them takes over a
 * second, which on the server's own thread would stall every request (decision 009). It reads
 * through its own read-only connection, which sees every committed write.
 */
const port = parentPort!;
const connections = new Map<string, Database.Database>();

port.on("message", ({ file, query }: { file: string; query: PointListQuery }) => {
  let reply: WorkerReply<MapIndex>;
  let transfer: ArrayBuffer[] = [];
  try {
    let sqlite = connections.get(file);
    if (!sqlite) {
      sqlite = new Database(file, { readonly: true, fileMustExist: true });
      sqlite.pragma("busy_timeout = 5000");
      connections.set(file, sqlite);
    }
    const index = readMapIndex(sqlite, query);
    reply = { ok: true, value: index };
    transfer = indexBuffers(index);
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply, transfer);
});
