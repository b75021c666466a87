import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { searchPlaces } from "@/lib/geo/gazetteer";
import { PlaceQuerySchema, toPlaceHit } from "@/lib/geo/place-search";
import { apiError } from "@/lib/api/responses";
import { toFieldErrors } from "@/lib/validation/field-errors";

/**
 * GET /api/places?q=Mir Ali: gazetteer search for the place picker. It runs on the server so the
 * browser gets a handful of matches, never the whole gazetteer.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const query = PlaceQuerySchema.safeParse({
    q: params.get("q") ?? undefined,
    limit: params.get("limit") ?? undefined,
    country: params.get("country") ?? undefined,
  });
  if (!query.success) return apiError(400, "bad_request", "The place search is not valid", toFieldErrors(query.error));
  const { q, limit, country } = query.data;
  return NextResponse.json({ items: searchPlaces(q, { limit, country }).map(toPlaceHit) });
}
