import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql, type TextSearchPlan } from "../filter/filter-sql";
import { textSearchPlan } from "../filter/text-search-plan";
import { chooseBucketUnit, fillBuckets, type BucketUnit, type Histogram } from "./histogram";
import type { ProvinceStat } from "./aggregates-types";
import { mapPointsIn } from "../map/map-points-query";
import { cachedByVersion } from "@/lib/read-cache/cached-by-version.server";

/**
 * The overview's aggregates, computed in SQL over the one filter (filterToSql), never by loading
 * incidents into JavaScript; textSearchPlan picks how free text is searched. SQLite returns COUNT/SUM
 * as integers (bigint through the adapter).
 */

/** Incidents and killed per province for the filter (incidents without a province are left out). Uncached: for the bench. */
export async function provinceStatsQuery(filter: IncidentFilter, plan?: TextSearchPlan): Promise<ProvinceStat[]> {
  const rows = await db.$queryRaw<{ iso: string; count: bigint | number; killed: bigint | number | null }[]>`
    SELECT i."provinceIso" AS iso, COUNT(*) AS count, SUM(i."killedTotal") AS killed
    FROM "Incident" i WHERE ${filterToSql(filter, plan ?? (await textSearchPlan(db, filter)))} AND i."provinceIso" IS NOT NULL
    GROUP BY i."provinceIso"`;
  return rows.map((r) => ({ iso: r.iso, count: Number(r.count), killed: Number(r.killed ?? 0) }));
}

/** First day of each bucket, in SQL; must agree with bucketStart() in histogram.ts. */
const BUCKET_SQL: Record<BucketUnit, Prisma.Sql> = {
  day: Prisma.sql`substr(d."day", 1, 10)`,
  week: Prisma.sql`date(substr(d."day", 1, 10), '-6 days', 'weekday 1')`,
  month: Prisma.sql`substr(d."day", 1, 7) || '-01'`,
  year: Prisma.sql`substr(d."day", 1, 4) || '-01-01'`,
};

/** Earliest and latest event day under the filter, or null when nothing matches. */
export async function dateExtent(filter: IncidentFilter): Promise<{ from: string; to: string } | null> {
  const [row] = await db.$queryRaw<{ first: string | null; last: string | null }[]>`
    SELECT substr(MIN(i."eventDate"), 1, 10) AS first, substr(MAX(i."eventDate"), 1, 10) AS last
    FROM "Incident" i WHERE ${filterToSql(filter, await textSearchPlan(db, filter))}`;
  return row?.first && row.last ? { from: row.first, to: row.last } : null;
}

/**
 * Incidents and killed per day, week or month over the filter's date range (or the data's when the
 * filter leaves it open), with empty buckets filled in. Null when nothing matches. Uncached: for the bench.
 */
export async function histogramQuery(filter: IncidentFilter): Promise<Histogram | null> {
  const extent = filter.from && filter.to ? { from: filter.from, to: filter.to } : await dateExtent(filter);
  if (!extent) return null;
  const from = filter.from ?? extent.from;
  const to = filter.to ?? extent.to;
  const unit = chooseBucketUnit(from, to);
  // Days first: grouping by the indexed column streams in index order; the few thousand days are
  // then grouped into buckets.
  const rows = await db.$queryRaw<{ start: string; count: bigint | number; killed: bigint | number | null }[]>`
    SELECT ${BUCKET_SQL[unit]} AS start, SUM(d."count") AS count, SUM(d."killed") AS killed
    FROM (SELECT i."eventDate" AS day, COUNT(*) AS count, SUM(i."killedTotal") AS killed
      FROM "Incident" i WHERE ${filterToSql(filter, await textSearchPlan(db, filter))} GROUP BY i."eventDate") d
    GROUP BY start`;
  const counts = new Map(rows.map((r) => [r.start, { count: Number(r.count), killed: Number(r.killed ?? 0) }]));
  return { unit, from, to, buckets: fillBuckets(from, to, unit, counts) };
}

/** The overview's reads, each kept until the data changes (lib/read-cache). */
export const provinceStats = cachedByVersion("province-stats", 200, provinceStatsQuery);
export const histogram = cachedByVersion("histogram", 200, histogramQuery);

/**
 * The filtered incidents that have coordinates, as the compact binary the map draws (map-points.ts).
 * Fewer kept than the other reads: the whole region's points are about 1 MB.
 */
export const mapPoints = cachedByVersion("map-points", 20, (filter: IncidentFilter) => mapPointsIn(db, filter));
