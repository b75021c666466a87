import "server-only";
import { parseIncidentFilter } from "@/lib/incidents/filter";
import { apiError } from "@/lib/api/responses";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { exportWriter, type ExportFormat } from "./formats";
import { exportStream } from "./export-stream.server";

/** GET /api/export.{csv,geojson,json}: the filter's incidents as a download, streamed. */
export function exportResponse(url: URL, format: ExportFormat): Response {
  const params = url.searchParams;
  const filter = parseIncidentFilter(params);
  if (!filter.success) return apiError(400, "bad_request", "The filter is not valid", toFieldErrors(filter.error));
  const bom = params.get("bom") === "1" || params.get("bom") === "true";
  const writer = exportWriter(format, { bom });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(exportStream(filter.data, writer), {
    headers: {
      "Content-Type": writer.contentType,
      "Content-Disposition": `attachment; filename="incidents-${day}.${format}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
