import { DATE_PRECISIONS, GEO_PRECISIONS, type DatePrecision, type GeoPrecision } from "@/lib/taxonomy/precision";

/** ACLED time_precision: 1 exact day, 2 within a week, 3 within a month. */
export function datePrecisionFromAcled(code: string): DatePrecision | null {
  const map: Record<string, DatePrecision> = { "1": "day", "2": "week", "3": "month" };
  return Object.hasOwn(map, code.trim()) ? map[code.trim()]! : null;
}

/** "year" has no ACLED code of its own: ACLED's coarsest, 3, is the nearest. */
export function datePrecisionToAcled(precision: string): number | null {
  return Object.hasOwn(DATE_PRECISIONS, precision) ? DATE_PRECISIONS[precision as DatePrecision].acled : null;
}

/** ACLED geo_precision: 1 the town itself, 2 near the town or a part of a region, 3 only the larger region. */
export function geoPrecisionFromAcled(code: string): GeoPrecision | null {
  const map: Record<string, GeoPrecision> = { "1": "town", "2": "district", "3": "province" };
  return Object.hasOwn(map, code.trim()) ? map[code.trim()]! : null;
}

export function geoPrecisionToAcled(precision: string): number | null {
  return Object.hasOwn(GEO_PRECISIONS, precision) ? GEO_PRECISIONS[precision as GeoPrecision].acled : null;
}
