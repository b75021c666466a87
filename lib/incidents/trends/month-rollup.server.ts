import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql } from "../filter/filter-sql";
import type { Period } from "./compare-periods";
import { monthOf, type Month } from "./months";
import { rollupMonths, type MonthSpan } from "./month-rollup";
import { monthsWhere, rollupColumnsWhere } from "./rollup-sql";
import type { TrendScanRow } from "./fold-trend-scan";

/**
 * Reads of IncidentMonthRollup (decision 025): the trends scan's groups and a period's figures without
 * reading incidents, for filters rollupMonths accepts. Each returns null when the rollup cannot
 * answer, and the caller scans the incidents instead.
 */

type Num = bigint | number | null;

function rollupWhere(f: IncidentFilter, span: MonthSpan): Prisma.Sql {
  return Prisma.sql`${rollupColumnsWhere(f)} AND ${monthsWhere(span)}`;
}

/** The first or last day of the filter's incidents within one month, read through the month index. */
async function edgeDays(filter: IncidentFilter, first: Month, last: Month): Promise<{ from: string; to: string }> {
  const where = filterToSql(filter);
  const { dayText, monthText } = dialectOf(db);
  const [date, month] = [Prisma.sql`i."eventDate"`, monthText(Prisma.sql`i."eventDate"`)];
  const [row] = await db.$queryRaw<{ first: string | null; last: string | null }[]>`SELECT
    (SELECT ${dayText(Prisma.sql`MIN(${date})`)} FROM "Incident" i WHERE ${where} AND ${month} = ${first}) AS first,
    (SELECT ${dayText(Prisma.sql`MAX(${date})`)} FROM "Incident" i WHERE ${where} AND ${month} = ${last}) AS last`;
  // The rollup and the incidents change in the same transaction, so a month it counts has a day.
  return { from: row?.first ?? `${first}-01`, to: row?.last ?? `${last}-01` };
}

/**
 * The trends scan's groups (month, province, event type) summed from the rollup, and the first and
 * last day of the incidents behind them (unless `withExtent` is false: the groups' own month range
 * then, a read fewer, for the bulletin's charts), or null when the rollup cannot answer the filter.
 */
export async function rollupScan(
  filter: IncidentFilter,
  withExtent = true,
): Promise<{ rows: TrendScanRow[]; extent: { from: string; to: string } | null } | null> {
  const span = rollupMonths(filter);
  if (!span) return null;
  const [row] = await db.$queryRaw<
    { rows: string | null }[]
  >`SELECT ${dialectOf(db).jsonRows(Prisma.sql`month, province, type, count, killed, security, civilians, militants`)} AS rows
    FROM (SELECT r."month" AS month, r."provinceIso" AS province, r."eventType" AS type, SUM(r."count") AS count, SUM(r."killed") AS killed,
        SUM(r."security") AS security, SUM(r."civilians") AS civilians, SUM(r."militants") AS militants
      FROM "IncidentMonthRollup" r WHERE ${rollupWhere(filter, span)}
      GROUP BY r."month", r."provinceIso", r."eventType" HAVING SUM(r."count") > 0) AS g`;
  const groups = JSON.parse(row?.rows ?? "[]") as [string, string, string, number, number, number, number, number][];
  if (groups.length === 0) return { rows: [], extent: null };
  let [first, last] = [groups[0]![0], groups[0]![0]];
  for (const [month] of groups) {
    if (month < first) first = month;
    if (month > last) last = month;
  }
  const extent = withExtent ? await edgeDays(filter, first, last) : { from: `${first}-01`, to: `${last}-01` };
  const rows = groups.map(([month, province, type, count, killed, security, civilians, militants]) => ({
    month,
    province: province === "" ? null : province,
    type,
    count,
    killed,
    security,
    civilians,
    militants,
    first: extent.from,
    last: extent.to,
  }));
  return { rows, extent };
}

/** Incidents and killed for the filter over a period from the rollup, or null when it cannot answer (part months, other conditions). */
export async function rollupFigures(filter: IncidentFilter, period: Period): Promise<{ count: number; killed: number } | null> {
  const inPeriod = { ...filter, from: period.from, to: period.to };
  const span = rollupMonths(inPeriod);
  if (!span) return null;
  const [row] = await db.$queryRaw<{ count: Num; killed: Num }[]>`
    SELECT SUM(r."count") AS count, SUM(r."killed") AS killed FROM "IncidentMonthRollup" r
    WHERE ${rollupWhere(inPeriod, { first: monthOf(period.from), last: monthOf(period.to) })}`;
  return { count: Number(row?.count ?? 0), killed: Number(row?.killed ?? 0) };
}
