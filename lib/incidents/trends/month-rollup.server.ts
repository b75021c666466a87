import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql } from "../filter/filter-sql";
import type { Period } from "./compare-periods";
import { monthOf, type Month } from "./months";
import { rollupMonths, type MonthSpan } from "./month-rollup";
import { monthsWhere, rollupColumnsWhere, rollupSource, trendSource } from "./rollup-sql";
import type { TrendScanRow } from "./fold-trend-scan";

/**
 * Reads of IncidentMonthRollup (decision 025), or IncidentMonthKilledRollup for a minimum killed that is
 * one of its thresholds (decision 025, 2026-12-06): the trends scan's groups and a period's figures
 * without reading incidents, for filters rollupMonths accepts. Each returns null when the rollup cannot
 * answer, and the caller scans the incidents instead.
 */

type Num = bigint | number | null;

function rollupWhere(f: IncidentFilter, span: MonthSpan): Prisma.Sql {
  return Prisma.sql`${rollupColumnsWhere(f)} AND ${monthsWhere(span)}`;
}

/**
 * The first and last day of a minimum killed's incidents (a threshold) from IncidentDayKilledRollup: the
 * days of the first and last month with incidents at or above the threshold, along its primary key.
 */
async function edgeDaysKilled(filter: IncidentFilter, first: Month, last: Month): Promise<{ from: string; to: string }> {
  const { day, count } = rollupSource(filter);
  const within = (month: Month) => Prisma.sql`${rollupColumnsWhere(filter)} AND r."day" >= ${`${month}-01`} AND r."day" <= ${`${month}-31`} AND ${count} > 0`;
  const [row] = await db.$queryRaw<{ first: string | null; last: string | null }[]>`SELECT
    (SELECT MIN(r."day") FROM ${day} r WHERE ${within(first)}) AS first,
    (SELECT MAX(r."day") FROM ${day} r WHERE ${within(last)}) AS last`;
  return { from: row?.first ?? `${first}-01`, to: row?.last ?? `${last}-01` };
}

/** The first or last day of the filter's incidents within one month, read through the month index. */
async function edgeDays(filter: IncidentFilter, first: Month, last: Month): Promise<{ from: string; to: string }> {
  if (filter.minKilled !== undefined) return edgeDaysKilled(filter, first, last);
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
  const c = trendSource(filter);
  const [row] = await db.$queryRaw<
    { rows: string | null }[]
  >`SELECT ${dialectOf(db).jsonRows(Prisma.sql`month, province, type, count, killed, security, civilians, militants`)} AS rows
    FROM (SELECT r."month" AS month, r."provinceIso" AS province, r."eventType" AS type, SUM(${c.count}) AS count, SUM(${c.killed}) AS killed,
        SUM(${c.security}) AS security, SUM(${c.civilians}) AS civilians, SUM(${c.militants}) AS militants
      FROM ${c.table} r WHERE ${rollupWhere(filter, span)}
      GROUP BY r."month", r."provinceIso", r."eventType" HAVING SUM(${c.count}) > 0) AS g`;
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
  const { month, count, killed } = rollupSource(filter);
  const [row] = await db.$queryRaw<{ count: Num; killed: Num }[]>`
    SELECT SUM(${count}) AS count, SUM(${killed}) AS killed FROM ${month} r
    WHERE ${rollupWhere(inPeriod, { first: monthOf(period.from), last: monthOf(period.to) })}`;
  return { count: Number(row?.count ?? 0), killed: Number(row?.killed ?? 0) };
}
