import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { IncidentFilter } from "../filter/filter";
import { rollupSpan, splitSpan, type DayRange, type MonthSpan } from "../trends/month-rollup";
import { monthsWhere, rollupColumnsWhere, rollupRowsSql, rollupSource } from "../trends/rollup-sql";
import type { BucketUnit } from "./histogram";
import type { ProvinceStat } from "./aggregates-types";
import { BUCKET_SQL, type BucketRow } from "./bucket-sql";

/**
 * The overview's aggregates from the rollups (decision 026): whole months from IncidentMonthRollup, the
 * days of part months from IncidentDayRollup: rows per month or day and group, not per incident.
 * Each returns undefined when rollupSpan says the rollups cannot answer the filter, and the caller
 * scans the incidents instead (aggregates-scan.server.ts). The sums are the scans': COUNT(*) and
 * SUM(killedTotal) with an unreported toll as 0.
 */

/** Incidents and killed per province (incidents without a province are left out). */
export async function provinceStatsFromRollups(filter: IncidentFilter): Promise<ProvinceStat[] | undefined> {
  const span = rollupSpan(filter);
  if (!span) return undefined;
  const rows = await db.$queryRaw<{ iso: string; count: bigint | number; killed: bigint | number }[]>`
    SELECT d."province" AS iso, SUM(d."count") AS count, SUM(d."killed") AS killed FROM (${rollupRowsSql(filter, span)}) d
    WHERE d."province" <> '' GROUP BY d."province" HAVING SUM(d."count") > 0 ORDER BY d."province"`;
  return rows.map((r) => ({ iso: r.iso, count: Number(r.count), killed: Number(r.killed) }));
}

const firstDayIn = (f: IncidentFilter, from: Prisma.Sql, to: Prisma.Sql, order: "ASC" | "DESC") =>
  Prisma.sql`(SELECT r."day" FROM ${rollupSource(f).day} r WHERE ${rollupColumnsWhere(f)} AND ${rollupSource(f).count} > 0
    AND r."day" >= ${from} AND r."day" <= ${to} ORDER BY r."day" ${Prisma.raw(order)} LIMIT 1)`;

const edgeMonth = (f: IncidentFilter, months: MonthSpan, order: "ASC" | "DESC") =>
  Prisma.sql`(SELECT r."month" FROM ${rollupSource(f).month} r WHERE ${rollupColumnsWhere(f)} AND ${rollupSource(f).count} > 0 AND ${monthsWhere(months)}
    ORDER BY r."month" ${Prisma.raw(order)} LIMIT 1)`;

/**
 * Earliest and latest event day, or null when nothing matches: the first and last month with incidents
 * from the monthly rollup, then the first or last day within it (and within each part month) from the
 * daily one, each read walking a primary key from one end.
 */
export async function dateExtentFromRollups(filter: IncidentFilter): Promise<{ from: string; to: string } | null | undefined> {
  const span = rollupSpan(filter);
  if (!span) return undefined;
  const { months, days } = splitSpan(span);
  const candidates: Prisma.Sql[] = days.flatMap((d: DayRange) => [
    firstDayIn(filter, Prisma.sql`${d.from}`, Prisma.sql`${d.to}`, "ASC"),
    firstDayIn(filter, Prisma.sql`${d.from}`, Prisma.sql`${d.to}`, "DESC"),
  ]);
  if (months) {
    // A day of month M sorts after "M-00" and before "M-32".
    const [first, last] = [edgeMonth(filter, months, "ASC"), edgeMonth(filter, months, "DESC")];
    candidates.push(firstDayIn(filter, Prisma.sql`${first} || '-00'`, Prisma.sql`${first} || '-32'`, "ASC"));
    candidates.push(firstDayIn(filter, Prisma.sql`${last} || '-00'`, Prisma.sql`${last} || '-32'`, "DESC"));
  }
  const [row] = await db.$queryRaw<{ first: string | null; last: string | null }[]>`
    SELECT MIN(c."day") AS first, MAX(c."day") AS last FROM (${Prisma.join(
      candidates.map((c) => Prisma.sql`SELECT ${c} AS day`),
      " UNION ALL ",
    )}) c`;
  return row?.first && row.last ? { from: row.first, to: row.last } : null;
}

/** Incidents and killed per bucket over [from, to] (the filter's dates or its incidents' extent). */
export async function histogramRowsFromRollups(filter: IncidentFilter, unit: BucketUnit, range: DayRange): Promise<BucketRow[] | undefined> {
  if (!rollupSpan(filter)) return undefined;
  // Weeks and days do not follow months: those buckets are summed from days only.
  const rows = rollupRowsSql(filter, range, unit === "day" || unit === "week");
  return db.$queryRaw<BucketRow[]>`
    SELECT ${BUCKET_SQL[dialectOf(db).kind][unit]} AS start, SUM(d."count") AS count, SUM(d."killed") AS killed FROM (${rows}) d GROUP BY start`;
}
