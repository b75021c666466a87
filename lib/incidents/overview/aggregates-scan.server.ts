import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql, type TextSearchPlan } from "../filter/filter-sql";
import { textSearchPlan } from "../filter/text-search-plan";
import { bucketsFromDays, type BucketUnit, type DayFigures } from "./histogram";
import type { ProvinceStat } from "./aggregates-types";
import type { BucketRow } from "./bucket-sql";

/**
 * The overview's aggregates over the matching incidents themselves (filterToSql), for filters the
 * rollups cannot answer (aggregates-rollup.server.ts). Free text is looked up in the ids it matches
 * (`plan`, textAndActorMatches, read once for the overview's reads of a filter), or searched in the
 * query itself when no plan is given (textSearchPlan), which for one query alone costs less.
 */

const whereFor = async (filter: IncidentFilter, plan: TextSearchPlan | undefined) => filterToSql(filter, plan ?? (await textSearchPlan(db, filter)));

/** Incidents and killed per province (incidents without a province are left out). */
export async function provinceStatsScan(filter: IncidentFilter, plan?: TextSearchPlan): Promise<ProvinceStat[]> {
  const rows = await db.$queryRaw<{ iso: string; count: bigint | number; killed: bigint | number | null }[]>`
    SELECT i."provinceIso" AS iso, COUNT(*) AS count, SUM(i."killedTotal") AS killed
    FROM "Incident" i WHERE ${await whereFor(filter, plan)} AND i."provinceIso" IS NOT NULL
    GROUP BY i."provinceIso" ORDER BY i."provinceIso"`;
  return rows.map((r) => ({ iso: r.iso, count: Number(r.count), killed: Number(r.killed ?? 0) }));
}

/** Earliest and latest event day, or null when nothing matches. */
export async function dateExtentScan(filter: IncidentFilter, plan?: TextSearchPlan): Promise<{ from: string; to: string } | null> {
  const dialect = dialectOf(db);
  const [row] = await db.$queryRaw<{ first: string | null; last: string | null }[]>`
    SELECT ${dialect.dayText(Prisma.sql`MIN(i."eventDate")`)} AS first, ${dialect.dayText(Prisma.sql`MAX(i."eventDate")`)} AS last
    FROM "Incident" i WHERE ${await whereFor(filter, plan)}`;
  return row?.first && row.last ? { from: row.first, to: row.last } : null;
}

/**
 * Incidents and killed per day that holds any, in one scan (the histogram's buckets and, when the
 * filter leaves a date open, its extent come from these). Grouping by the indexed day streams in
 * index order; the few thousand days are handed over as one JSON text, which costs far less
 * through the adapter than as rows.
 */
export async function daysScan(filter: IncidentFilter, plan?: TextSearchPlan): Promise<DayFigures[]> {
  const dialect = dialectOf(db);
  const [row] = await db.$queryRaw<{ days: string | null }[]>`
    SELECT ${dialect.jsonRows(Prisma.sql`d."day", d."count", d."killed"`)} AS days
    FROM (SELECT ${dialect.dayText(Prisma.sql`i."eventDate"`)} AS day, COUNT(*) AS count, coalesce(SUM(i."killedTotal"), 0) AS killed
      FROM "Incident" i WHERE ${await whereFor(filter, plan)} GROUP BY i."eventDate") d`;
  const days = JSON.parse(row?.days ?? "[]") as [string, number, number][];
  return days.map(([day, count, killed]) => ({ day, count, killed }));
}

/** Incidents and killed per bucket that holds any. */
export async function histogramRowsScan(filter: IncidentFilter, unit: BucketUnit, plan?: TextSearchPlan): Promise<BucketRow[]> {
  return [...bucketsFromDays(await daysScan(filter, plan), unit)].map(([start, figures]) => ({ start, ...figures }));
}
