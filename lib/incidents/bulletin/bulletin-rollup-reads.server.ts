import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql, type TextSearchPlan } from "../filter/filter-sql";
import { provinceStatsQuery } from "../overview/aggregates.server";
import { wholeMonths, type Period } from "../trends/compare-periods";
import { rollupMonths } from "../trends/month-rollup";
import { figuresFor, trendGroups } from "../trends/trends.server";
import { claimCountSql, listsSql } from "./bulletin-lists-sql";
import { bulletinListSpecs, readHull, type BulletinPeriods, type BulletinReads } from "./bulletin-reads";
import { CLAIM_LIMIT } from "./bulletin-types";
import { figuresFromGroups, groupsCover, provincesFromGroups } from "./figures-from-groups";

/**
 * The bulletin's reads for filters made of the rollups' columns (rollupSpan; decisions 025, 026): the charts' groups read
 * from it over every month the bulletin compares, so the figures and provinces of whole months are
 * their sums (a query each before); the lists and claims in one statement of ids (bulletin-lists-sql.ts).
 * Part months, and the disputed figures, are still counted on their own.
 */
export async function rollupReads(filter: IncidentFilter, plan: TextSearchPlan | undefined, periods: BulletinPeriods): Promise<BulletinReads> {
  const hull = readHull(periods);
  // From the monthly rollups the groups of every month compared cost little more than the charts'
  // (a minimum killed too, when it is a threshold: decision 025, 2026-12-06); scanned, only the charts'.
  const read = wholeMonths(periods.current) !== null && rollupMonths({ ...filter, ...hull }) ? hull : periods.trend;
  const source = (p: Period, disputed = false) => ({
    from: Prisma.sql`"Incident" i`,
    where: filterToSql({ ...filter, from: p.from, to: p.to, ...(disputed ? { disputed: true as const } : {}) }, plan),
  });
  const { jsonRows } = dialectOf(db);
  const [groups, disputed, idRows] = await Promise.all([
    trendGroups(filter, read, plan),
    figuresFor({ ...filter, disputed: true }, periods.current, plan),
    db.$queryRaw<{ lists: string; claimCount: bigint | number }[]>`SELECT
      (SELECT ${jsonRows(Prisma.sql`l.list, l.n, l.id`)} FROM (${listsSql(bulletinListSpecs(periods, source), { source: source(periods.current), limit: CLAIM_LIMIT })}) AS l) AS lists,
      (${claimCountSql(source(periods.current))}) AS "claimCount"`,
  ]);
  const figure = async (p: Period) => {
    const { count, killed } = groupsCover(read, p) ? figuresFromGroups(groups, p) : await figuresFor(filter, p, plan);
    return { count, killed };
  };
  const [current, previous, yearEarlier, provinces] = await Promise.all([
    figure(periods.current),
    figure(periods.previous),
    figure(periods.yearEarlier),
    groupsCover(read, periods.current) ? provincesFromGroups(groups, periods.current) : provinceStatsQuery({ ...filter, ...periods.current }, plan),
  ]);
  const [row] = idRows;
  const listRows = (JSON.parse(row?.lists ?? "[]") as [string, number | string, number | string][]).map(([list, n, id]) => ({
    list,
    n: Number(n),
    id: Number(id),
  }));
  return {
    groups,
    figures: { current, previous, yearEarlier, disputed: { count: disputed.count, killed: disputed.killed } },
    provinces,
    listRows,
    claimCount: Number(row?.claimCount ?? 0),
  };
}
