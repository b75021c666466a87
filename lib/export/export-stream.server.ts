import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import { db } from "@/lib/db.server";
import type { IncidentFilter } from "@/lib/incidents/filter/filter";
import type { ExportWriter } from "./formats";
import { exportChunks } from "./export-chunks";

/**
 * The export as a byte stream that reads the next page only when the client asks for more
 * (pull-based, one chunk buffered). Each page starts on a new turn of the event loop: the database
 * driver is synchronous, so without it a fast reader kept the loop in promise callbacks from page to
 * page and no other request was served until the whole export had been written. `done` runs once
 * the stream ends, fails or is cancelled (the client went away).
 */
export function exportStream(filter: IncidentFilter, writer: ExportWriter, done: () => void = () => {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = exportChunks(db, filter, writer);
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        await nextTurn();
        try {
          const next = await chunks.next();
          if (next.done) {
            done();
            controller.close();
          } else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          done();
          throw error;
        }
      },
      async cancel() {
        done();
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
