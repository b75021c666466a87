import "server-only";
import type { IncidentFilter } from "../filter/filter";
import type { TextSearchPlan } from "../filter/filter-sql";
import { chooseBucketUnit, fillBuckets, histogramFromDays, type Histogram } from "./histogram";
import { rollupSpan } from "../trends/month-rollup";
import type { ProvinceStat } from "./aggregates-types";
import { dateExtentFromRollups, histogramRowsFromRollups, provinceStatsFromRollups } from "./aggregates-rollup.server";
import { dateExtentScan, daysScan, provinceStatsScan } from "./aggregates-scan.server";
import { cachedByVersion } from "@/lib/read-cache/cached-by-version.server";
import { sharedMatches } from "../filter/shared-matches.server";

/**
 * The overview's aggregates, computed in SQL over the one filter, never by loading incidents into
 * JavaScript: from the rollups when the filter is made of their columns (decision 026), else over the
 * matching incidents. Both give the same figures (aggregates.test.ts).
 */

/** Incidents and killed per province for the filter (incidents without a province are left out). Uncached: for the bench. */
export async function provinceStatsQuery(filter: IncidentFilter, plan?: TextSearchPlan): Promise<ProvinceStat[]> {
  return (await provinceStatsFromRollups(filter)) ?? provinceStatsScan(filter, plan);
}

/** Earliest and latest event day under the filter, or null when nothing matches. */
export async function dateExtent(filter: IncidentFilter, plan?: TextSearchPlan): Promise<{ from: string; to: string } | null> {
  const fromRollups = await dateExtentFromRollups(filter);
  return fromRollups === undefined ? dateExtentScan(filter, plan) : fromRollups;
}

/**
 * Incidents and killed per day, week or month over the filter's date range (or the data's when the
 * filter leaves it open), with empty buckets filled in. Null when nothing matches. Uncached: for the bench.
 * A filter the rollups cannot answer is read in one scan of its days, which give the range too.
 */
export async function histogramQuery(filter: IncidentFilter, plan?: TextSearchPlan): Promise<Histogram | null> {
  if (!rollupSpan(filter)) return histogramFromDays(await daysScan(filter, plan), filter);
  const extent = filter.from && filter.to ? { from: filter.from, to: filter.to } : await dateExtent(filter, plan);
  if (!extent) return null;
  const from = filter.from ?? extent.from;
  const to = filter.to ?? extent.to;
  const unit = chooseBucketUnit(from, to);
  const rows = (await histogramRowsFromRollups(filter, unit, { from, to }))!;
  const counts = new Map(rows.map((r) => [r.start, { count: Number(r.count), killed: Number(r.killed ?? 0) }]));
  return { unit, from, to, buckets: fillBuckets(from, to, unit, counts) };
}

/**
 * The overview's reads, each kept until the data changes (lib/read-cache); free text and actors are
 * matched once for all of them (sharedMatches).
 */
export const provinceStats = cachedByVersion("province-stats", 200, async (filter: IncidentFilter) => provinceStatsQuery(filter, await sharedMatches(filter)));
export const histogram = cachedByVersion("histogram", 200, async (filter: IncidentFilter) => histogramQuery(filter, await sharedMatches(filter)));
