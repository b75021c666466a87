import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { provinceFromPoint } from "@/lib/geo/province-from-point";
import { PointQuerySchema } from "@/lib/geo/place-search";
import { countryByIso3 } from "@/lib/taxonomy/countries";
import { apiError } from "@/lib/api/responses";
import { toFieldErrors } from "@/lib/validation/field-errors";

/**
 * GET /api/places/province?lat=32.97&lng=70.27: the province containing a point, or null.
 * Server-side on purpose: the form would otherwise bundle the boundary file and the point-in-polygon
 * code for a lookup that runs once per click, and the lazily loaded map may not be there yet (or at
 * all, when the analyst types coordinates). One small request is cheaper and keeps one implementation.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const point = PointQuerySchema.safeParse({ lat: params.get("lat") ?? undefined, lng: params.get("lng") ?? undefined });
  if (!point.success) return apiError(400, "bad_request", "The point is not valid", toFieldErrors(point.error));
  const province = provinceFromPoint(point.data.lat, point.data.lng);
  return NextResponse.json({
    province: province ? { iso: province.iso, name: province.name, countryIso3: province.country, countryName: countryByIso3(province.country)?.name } : null,
  });
}
