import "server-only";
import type { NextRequest } from "next/server";
import { parseRequestFilter } from "@/lib/incidents/filter/request-filter.server";
import { apiError, retryLater } from "@/lib/api/responses";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { createConcurrencyLimit } from "@/lib/limits/concurrency-limit";
import { requestClient } from "@/lib/limits/request-client.server";
import { LOAD_LIMITS } from "@/lib/limits/load-limits";
import { processWide } from "@/lib/limits/process-wide";
import { exportWriter, type ExportFormat } from "./formats";
import { exportStream } from "./export-stream.server";
import { utcToIsoDate } from "@/lib/dates/iso-date";
import { exportFileName } from "./export-file-name";
import { reportsCsvWriter } from "./reports-csv";

const running = processWide("exports-running", () => createConcurrencyLimit({ perKey: LOAD_LIMITS.exportsPerClient }));

/** GET /api/export.{csv,geojson,json} and /api/export/reports.csv: the filter's incidents (or their sources' reports) as a download, streamed. */
export async function exportResponse(request: NextRequest, format: ExportFormat | "reports"): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const filter = await parseRequestFilter(request, params);
  if (!filter.success) return apiError(400, "bad_request", "The filter is not valid", toFieldErrors(filter.error));
  const release = running.enter(await requestClient(request));
  if (!release) {
    return retryLater(429, `At most ${LOAD_LIMITS.exportsPerClient} exports can run at once for one client: wait until one has finished downloading.`, 10);
  }
  const bom = params.get("bom") === "1" || params.get("bom") === "true";
  const writer = format === "reports" ? reportsCsvWriter({ bom }) : exportWriter(format, { bom });
  const day = utcToIsoDate(new Date());
  const fileName = format === "reports" ? exportFileName(filter.data, day, "csv", bom, "reports") : exportFileName(filter.data, day, format, bom);
  return new Response(exportStream(filter.data, writer, release), {
    headers: {
      "Content-Type": writer.contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
