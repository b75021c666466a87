import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql, type TextSearchPlan } from "../filter/filter-sql";
import { textSearchPlan } from "../filter/text-search-plan";
import type { BucketUnit } from "./histogram";
import type { ProvinceStat } from "./aggregates-types";
import { BUCKET_SQL, type BucketRow } from "./bucket-sql";

/**
 * The overview's aggregates over the matching incidents themselves (filterToSql), for filters the
 * rollups cannot answer (aggregates-rollup.server.ts); textSearchPlan picks how free text is searched.
 */

/** Incidents and killed per province (incidents without a province are left out). */
export async function provinceStatsScan(filter: IncidentFilter, plan?: TextSearchPlan): Promise<ProvinceStat[]> {
  const rows = await db.$queryRaw<{ iso: string; count: bigint | number; killed: bigint | number | null }[]>`
    SELECT i."provinceIso" AS iso, COUNT(*) AS count, SUM(i."killedTotal") AS killed
    FROM "Incident" i WHERE ${filterToSql(filter, plan ?? (await textSearchPlan(db, filter)))} AND i."provinceIso" IS NOT NULL
    GROUP BY i."provinceIso" ORDER BY i."provinceIso"`;
  return rows.map((r) => ({ iso: r.iso, count: Number(r.count), killed: Number(r.killed ?? 0) }));
}

/** Earliest and latest event day, or null when nothing matches. */
export async function dateExtentScan(filter: IncidentFilter): Promise<{ from: string; to: string } | null> {
  const dialect = dialectOf(db);
  const [row] = await db.$queryRaw<{ first: string | null; last: string | null }[]>`
    SELECT ${dialect.dayText(Prisma.sql`MIN(i."eventDate")`)} AS first, ${dialect.dayText(Prisma.sql`MAX(i."eventDate")`)} AS last
    FROM "Incident" i WHERE ${filterToSql(filter, await textSearchPlan(db, filter))}`;
  return row?.first && row.last ? { from: row.first, to: row.last } : null;
}

/** Incidents and killed per bucket that holds any. */
export async function histogramRowsScan(filter: IncidentFilter, unit: BucketUnit): Promise<BucketRow[]> {
  // Days first: grouping by the indexed column streams in index order; the few thousand days are
  // then grouped into buckets.
  const dialect = dialectOf(db);
  return db.$queryRaw<BucketRow[]>`
    SELECT ${BUCKET_SQL[dialect.kind][unit]} AS start, SUM(d."count") AS count, SUM(d."killed") AS killed
    FROM (SELECT ${dialect.dayText(Prisma.sql`i."eventDate"`)} AS day, COUNT(*) AS count, SUM(i."killedTotal") AS killed
      FROM "Incident" i WHERE ${filterToSql(filter, await textSearchPlan(db, filter))} GROUP BY i."eventDate") d
    GROUP BY start`;
}
