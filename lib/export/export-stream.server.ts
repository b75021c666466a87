import "server-only";
import { db } from "@/lib/db.server";
import type { IncidentFilter } from "@/lib/incidents/filter";
import type { ExportWriter } from "./formats";
import { exportChunks } from "./export-chunks";

/** The export as a byte stream that reads the next page only when the client asks for more. */
export function exportStream(filter: IncidentFilter, writer: ExportWriter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = exportChunks(db, filter, writer);
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
