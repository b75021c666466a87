import { z } from "zod";
import { COUNTRY_ISO3, countryByIso3 } from "@/lib/taxonomy/countries";
import { LatitudeSchema, LongitudeSchema } from "@/lib/validation/field-schemas";
import type { GazetteerPlace } from "./gazetteer-place";

export const PLACE_SEARCH_LIMIT = { default: 8, max: 20 } as const;

/** GET /api/places?q=&limit=&country= */
export const PlaceQuerySchema = z.object({
  q: z.string({ error: "Enter a place name" }).trim().min(2, "Type at least two letters").max(100, "At most 100 characters"),
  limit: z.coerce
    .number({ error: "limit must be a whole number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(PLACE_SEARCH_LIMIT.max, `limit must be at most ${PLACE_SEARCH_LIMIT.max}`)
    .default(PLACE_SEARCH_LIMIT.default),
  country: z.enum(COUNTRY_ISO3, { error: "Unknown country code" }).optional(),
});

const decimal = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, `${label} must be a number`)
    .transform(Number);

/** GET /api/places/province?lat=&lng= */
export const PointQuerySchema = z.object({
  lat: decimal("Latitude").pipe(LatitudeSchema),
  lng: decimal("Longitude").pipe(LongitudeSchema),
});

/** What the place picker needs of a gazetteer entry: enough to fill the Where section. */
export type PlaceHit = {
  id: string;
  name: string;
  lat: number;
  lng: number;
  countryIso3: string;
  countryName: string;
  province: string | null;
  district: string | null;
};

export function toPlaceHit(p: GazetteerPlace): PlaceHit {
  return {
    id: p.id,
    name: p.name,
    lat: p.lat,
    lng: p.lng,
    countryIso3: p.country,
    countryName: countryByIso3(p.country)?.name ?? p.country,
    province: p.province,
    district: p.district,
  };
}
