import type { NextRequest } from "next/server";
import { parseRequestFilter } from "@/lib/incidents/filter/request-filter.server";
import { mapPoints } from "@/lib/incidents/overview/aggregates.server";
import { apiError } from "@/lib/api/responses";
import { toFieldErrors } from "@/lib/validation/field-errors";

export const dynamic = "force-dynamic";

/**
 * GET /api/incidents/map?<filter>: the filtered incidents' points for the map, in the compact binary
 * form described in lib/incidents/map/map-points.ts (about 11 bytes a point). Details load on click from
 * GET /api/incidents/[id].
 */
export async function GET(request: NextRequest) {
  const filter = await parseRequestFilter(request, request.nextUrl.searchParams);
  if (!filter.success) return apiError(400, "bad_request", "The filter is not valid", toFieldErrors(filter.error));
  const body = await mapPoints(filter.data);
  return new Response(body, {
    headers: { "Content-Type": "application/octet-stream", "Cache-Control": "private, no-cache" },
  });
}
