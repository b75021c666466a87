/**
 * Histogram buckets for the timeline: the bucket size follows the date range shown, so a quarter is
 * drawn by day, two years by week and anything longer by month. Pure: the SQL that counts per bucket
 * is in aggregates.server.ts and uses the same bucket starts (weeks start on Monday).
 */
export const BUCKET_UNITS = ["day", "week", "month"] as const;
export type BucketUnit = (typeof BUCKET_UNITS)[number];

export type HistogramBucket = { start: string; end: string; count: number; killed: number };
export type Histogram = { unit: BucketUnit; from: string; to: string; buckets: HistogramBucket[] };

const DAY_MS = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
}

/** Up to 92 days (a quarter) by day, up to two years by week, longer by month. */
export function chooseBucketUnit(from: string, to: string): BucketUnit {
  const days = daysBetween(from, to) + 1;
  if (days <= 92) return "day";
  if (days <= 731) return "week";
  return "month";
}

/** The first day of the bucket holding `isoDate`. */
export function bucketStart(isoDate: string, unit: BucketUnit): string {
  if (unit === "day") return isoDate;
  if (unit === "month") return `${isoDate.slice(0, 7)}-01`;
  const d = toDate(isoDate);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return toIso(new Date(d.getTime() - sinceMonday * DAY_MS));
}

/** The first day of the bucket after the one starting at `start`. */
export function nextBucketStart(start: string, unit: BucketUnit): string {
  const d = toDate(start);
  if (unit === "day") return toIso(new Date(d.getTime() + DAY_MS));
  if (unit === "week") return toIso(new Date(d.getTime() + 7 * DAY_MS));
  return toIso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
}

/** The last day of the bucket starting at `start`. */
export function bucketEnd(start: string, unit: BucketUnit): string {
  return toIso(new Date(toDate(nextBucketStart(start, unit)).getTime() - DAY_MS));
}

/** Every bucket from the one holding `from` to the one holding `to`, counts filled in (0 when absent). */
export function fillBuckets(
  from: string,
  to: string,
  unit: BucketUnit,
  counts: ReadonlyMap<string, { count: number; killed: number }>,
): HistogramBucket[] {
  const out: HistogramBucket[] = [];
  const last = bucketStart(to, unit);
  for (let start = bucketStart(from, unit); start <= last; start = nextBucketStart(start, unit)) {
    const c = counts.get(start);
    out.push({ start, end: bucketEnd(start, unit), count: c?.count ?? 0, killed: c?.killed ?? 0 });
  }
  return out;
}
