import type { NextRequest } from "next/server";
import { parseRequestFilter } from "@/lib/incidents/filter/request-filter.server";
import { mapIndex, MapIndexBusy } from "@/lib/incidents/map/map-index.server";
import { clustersInView } from "@/lib/incidents/map/map-view";
import { parseMapViewQuery } from "@/lib/incidents/map/map-view-schema";
import { apiError, retryLater } from "@/lib/api/responses";
import { toFieldErrors } from "@/lib/validation/field-errors";

export const dynamic = "force-dynamic";

/**
 * GET /api/incidents/map?<filter>&bbox=west,south,east,north&zoom=z: the clusters and points of one
 * view of the map (MapViewData in lib/incidents/map/map-view.ts), counted exactly for the filter;
 * without bbox and zoom, the whole region at zoom 5. Details load on click from GET /api/incidents/[id].
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const filter = await parseRequestFilter(request, params);
  if (!filter.success) return apiError(400, "bad_request", "The filter is not valid", toFieldErrors(filter.error));
  const view = parseMapViewQuery(params);
  if (!view.success) return apiError(400, "bad_request", "The map view is not valid", toFieldErrors(view.error));
  const index = await mapIndex(filter.data).catch((error: unknown) => {
    if (error instanceof MapIndexBusy) return null;
    throw error;
  });
  if (!index) return retryLater(503, "The map is being prepared for other filters: try again in a few seconds.", 5);
  return Response.json(clustersInView(index, view.data), { headers: { "Cache-Control": "private, no-cache" } });
}
