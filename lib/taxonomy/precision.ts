import type { DatePrecision as DatePrecisionEnum, GeoPrecision as GeoPrecisionEnum } from "@/generated/prisma/enums";

/**
 * How well the date and the place of an incident are known, with the codes ACLED and UCDP use so
 * exports and imports can convert both ways. The values are the Prisma enums DatePrecision and
 * GeoPrecision (schema.prisma); these tables label them and must name each.
 */
export const DATE_PRECISIONS = {
  day: { label: "Exact day", acled: 1 },
  week: { label: "Within a week", acled: 2 },
  month: { label: "Within a month", acled: 3 },
  year: { label: "Within a year", acled: 3 },
} as const satisfies Record<DatePrecisionEnum, object>;

export type DatePrecision = keyof typeof DATE_PRECISIONS;
export const DATE_PRECISION_NAMES = Object.keys(DATE_PRECISIONS) as [DatePrecision, ...DatePrecision[]];

export const GEO_PRECISIONS = {
  exact: { label: "Exact point", acled: 1, ucdp: 1 },
  town: { label: "Town", acled: 1, ucdp: 2 },
  district: { label: "District centroid", acled: 2, ucdp: 3 },
  province: { label: "Province centroid", acled: 3, ucdp: 4 },
} as const satisfies Record<GeoPrecisionEnum, object>;

export type GeoPrecision = keyof typeof GEO_PRECISIONS;
export const GEO_PRECISION_NAMES = Object.keys(GEO_PRECISIONS) as [GeoPrecision, ...GeoPrecision[]];

/** District- and province-level points stand in for an unknown exact place: the map marks them. */
export function isApproximate(precision: string): boolean {
  return precision === "district" || precision === "province";
}
