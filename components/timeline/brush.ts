import type { Histogram } from "@/lib/incidents/overview/histogram";

/**
 * Which buckets a drag across the histogram covers: x positions are fractions (0..1) of the plot's
 * width, in either order. Returns the first and last bucket index, or null when nothing is covered.
 */
export function brushedBuckets(x0: number, x1: number, bucketCount: number): [number, number] | null {
  if (bucketCount <= 0) return null;
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  const [a, b] = [clamp(Math.min(x0, x1)), clamp(Math.max(x0, x1))];
  const first = Math.min(bucketCount - 1, Math.floor(a * bucketCount));
  const last = Math.min(bucketCount - 1, Math.max(first, Math.ceil(b * bucketCount) - 1));
  return [first, last];
}

/**
 * The dates a brush across buckets `first` to `last` sets: whole days (YYYY-MM-DD), `to` inclusive,
 * from the first bucket's first day to the last bucket's last day, at any bucket size. Never beyond
 * the range the chart shows: its first week, month or year may start before that range and its last
 * end after it, and brushing them must not widen the filter.
 */
export function brushedDates(histogram: Pick<Histogram, "from" | "to" | "buckets">, first: number, last: number): { from: string; to: string } {
  const start = histogram.buckets[first]!.start;
  const end = histogram.buckets[last]!.end;
  return { from: start < histogram.from ? histogram.from : start, to: end > histogram.to ? histogram.to : end };
}

/** A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten, at least `max`. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}
