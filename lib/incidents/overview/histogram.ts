import { addDays, daysBetween, isoDateToUtc, utcToIsoDate } from "@/lib/dates/iso-date";

/**
 * Histogram buckets for the timeline: the bucket size follows the date range shown, so a quarter is
 * drawn by day, two years by week, a decade by month and anything longer by year. Pure: the SQL that counts per bucket
 * is in aggregates.server.ts and uses the same bucket starts (weeks start on Monday).
 */
export const BUCKET_UNITS = ["day", "week", "month", "year"] as const;
export type BucketUnit = (typeof BUCKET_UNITS)[number];

export type HistogramBucket = { start: string; end: string; count: number; killed: number };
export type Histogram = { unit: BucketUnit; from: string; to: string; buckets: HistogramBucket[] };

/** Up to 92 days (a quarter) by day, up to two years by week, up to twelve years by month, longer by year. */
export function chooseBucketUnit(from: string, to: string): BucketUnit {
  const days = daysBetween(from, to) + 1;
  if (days <= 92) return "day";
  if (days <= 731) return "week";
  if (days <= 4383) return "month";
  return "year";
}

/** The first day of the bucket holding `isoDate`. */
export function bucketStart(isoDate: string, unit: BucketUnit): string {
  if (unit === "day") return isoDate;
  if (unit === "month") return `${isoDate.slice(0, 7)}-01`;
  if (unit === "year") return `${isoDate.slice(0, 4)}-01-01`;
  const sinceMonday = (isoDateToUtc(isoDate).getUTCDay() + 6) % 7;
  return addDays(isoDate, -sinceMonday);
}

/** The first day of the bucket after the one starting at `start`. */
export function nextBucketStart(start: string, unit: BucketUnit): string {
  if (unit === "day") return addDays(start, 1);
  if (unit === "week") return addDays(start, 7);
  if (unit === "year") return `${String(Number(start.slice(0, 4)) + 1).padStart(4, "0")}-01-01`;
  const d = isoDateToUtc(start);
  return utcToIsoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
}

/** The last day of the bucket starting at `start`. */
export function bucketEnd(start: string, unit: BucketUnit): string {
  return addDays(nextBucketStart(start, unit), -1);
}

/** Every bucket from the one holding `from` to the one holding `to`, counts filled in (0 when absent). */
export function fillBuckets(from: string, to: string, unit: BucketUnit, counts: ReadonlyMap<string, { count: number; killed: number }>): HistogramBucket[] {
  const out: HistogramBucket[] = [];
  const last = bucketStart(to, unit);
  for (let start = bucketStart(from, unit); start <= last; start = nextBucketStart(start, unit)) {
    const c = counts.get(start);
    out.push({ start, end: bucketEnd(start, unit), count: c?.count ?? 0, killed: c?.killed ?? 0 });
  }
  return out;
}

/** Incidents and killed on one day (a scan's groups, aggregates-scan.server.ts). */
export type DayFigures = { day: string; count: number; killed: number };

/** Incidents and killed per bucket of `unit`, summed from days (only buckets that hold any). */
export function bucketsFromDays(days: readonly DayFigures[], unit: BucketUnit): Map<string, { count: number; killed: number }> {
  const out = new Map<string, { count: number; killed: number }>();
  for (const { day, count, killed } of days) {
    const start = bucketStart(day, unit);
    const sum = out.get(start);
    if (sum) {
      sum.count += count;
      sum.killed += killed;
    } else out.set(start, { count, killed });
  }
  return out;
}

/**
 * The histogram of a filter's days: over its dates, or from its first to its last day where it
 * leaves one open; null when it leaves one open and no day holds an incident.
 */
export function histogramFromDays(days: readonly DayFigures[], range: { from?: string; to?: string }): Histogram | null {
  let [first, last] = [range.from, range.to];
  for (const { day } of days) {
    if (!range.from && (first === undefined || day < first)) first = day;
    if (!range.to && (last === undefined || day > last)) last = day;
  }
  if (first === undefined || last === undefined) return null;
  const unit = chooseBucketUnit(first, last);
  return { unit, from: first, to: last, buckets: fillBuckets(first, last, unit, bucketsFromDays(days, unit)) };
}
