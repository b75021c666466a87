import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { cachedByVersion } from "@/lib/read-cache/cached-by-version.server";
import { findProvince } from "@/lib/taxonomy/provinces";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql } from "../filter/filter-sql";
import { textSearchPlan } from "../filter/text-search-plan";
import { dateExtent } from "../overview/aggregates.server";
import { currentPeriod, previousPeriod, yearEarlier, type Period } from "./compare-periods";
import { monthsBetween, type Month } from "./months";
import type { PeriodFigures, TrendSeries, Trends, VictimMonth } from "./trends-types";

/**
 * The trends page's figures, each a GROUP BY in SQL over the one filter (filterToSql), never a loop
 * over incidents in JavaScript. SQLite returns COUNT/SUM as integers (bigint through the adapter).
 */

type Num = bigint | number | null;
const num = (v: Num) => Number(v ?? 0);
const MONTH = Prisma.sql`substr(i."eventDate", 1, 7)`;

async function whereFor(filter: IncidentFilter): Promise<Prisma.Sql> {
  return filterToSql(filter, await textSearchPlan(db, filter));
}

type Row = { month: string; key: string; count: Num; killed: Num };

/** Rows grouped into one series per key, every month filled in, largest (by incidents) first. */
function toSeries(rows: Row[], months: Month[], label: (key: string) => string): TrendSeries[] {
  const byKey = new Map<string, Map<string, { count: number; killed: number }>>();
  for (const r of rows) {
    const m = byKey.get(r.key) ?? new Map();
    m.set(r.month, { count: num(r.count), killed: num(r.killed) });
    byKey.set(r.key, m);
  }
  return [...byKey]
    .map(([key, m]) => {
      const figures = months.map((month) => ({ month, ...(m.get(month) ?? { count: 0, killed: 0 }) }));
      const total = figures.reduce((t, f) => ({ count: t.count + f.count, killed: t.killed + f.killed }), { count: 0, killed: 0 });
      return { key, label: label(key), total, months: figures };
    })
    .sort((a, b) => b.total.count - a.total.count || b.total.killed - a.total.killed || a.label.localeCompare(b.label));
}

/**
 * Days first, as the overview's histogram does: grouping by the column and the day streams along the
 * (…, provinceIso | eventType, eventDate, …) covering indexes without a sort (half the time at 100,000
 * incidents); the days are then summed into months.
 */
async function byColumn(where: Prisma.Sql, column: "provinceIso" | "eventType"): Promise<Row[]> {
  const col = Prisma.raw(`i."${column}"`);
  return db.$queryRaw<Row[]>`
    SELECT substr(d."day", 1, 7) AS month, d."key" AS key, SUM(d."count") AS count, SUM(d."killed") AS killed
    FROM (SELECT ${col} AS key, i."eventDate" AS day, COUNT(*) AS count, SUM(i."killedTotal") AS killed
      FROM "Incident" i WHERE ${where} AND ${col} IS NOT NULL GROUP BY ${col}, i."eventDate") d
    GROUP BY month, d."key"`;
}

/** Per perpetrator: an incident counts once for each actor recorded as its perpetrator. */
async function byPerpetrator(where: Prisma.Sql): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT ${MONTH} AS month, a."name" AS key, COUNT(*) AS count, SUM(i."killedTotal") AS killed
    FROM "Incident" i
      JOIN "IncidentActor" ia ON ia."incidentId" = i."id" AND ia."role" = 'perpetrator'
      JOIN "Actor" a ON a."id" = ia."actorId"
    WHERE ${where} GROUP BY month, a."id"`;
}

/** Killed per month by victim category; "other" is the total less the known parts (unknown or not split). */
async function victims(where: Prisma.Sql, months: Month[]): Promise<VictimMonth[]> {
  const rows = await db.$queryRaw<{ month: string; security: Num; civilians: Num; militants: Num; total: Num }[]>`
    SELECT ${MONTH} AS month, SUM(i."killedSecurity") AS security, SUM(i."killedCivilians") AS civilians,
      SUM(i."killedMilitants") AS militants, SUM(i."killedTotal") AS total
    FROM "Incident" i WHERE ${where} GROUP BY month`;
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return months.map((month) => {
    const r = byMonth.get(month);
    const [security, civilians, militants] = [num(r?.security ?? 0), num(r?.civilians ?? 0), num(r?.militants ?? 0)];
    return { month, security, civilians, militants, other: Math.max(0, num(r?.total ?? 0) - security - civilians - militants) };
  });
}

/** Incidents and killed for the filter over one period (the comparison's figures; the bulletin's too). */
export async function figuresFor(filter: IncidentFilter, period: Period): Promise<PeriodFigures> {
  const [row] = await db.$queryRaw<{ count: Num; killed: Num }[]>`
    SELECT COUNT(*) AS count, SUM(i."killedTotal") AS killed
    FROM "Incident" i WHERE ${await whereFor({ ...filter, ...period })}`;
  return { ...period, count: num(row?.count ?? 0), killed: num(row?.killed ?? 0) };
}

const provinceName = (iso: string) => findProvince(iso)?.name ?? iso;

/** The trends for a filter, or null when no incident matches it. Uncached: for the bench. */
export async function trendsQuery(filter: IncidentFilter): Promise<Trends | null> {
  const extent = await dateExtent(filter);
  if (!extent) return null;
  const range = { from: filter.from ?? extent.from, to: filter.to ?? extent.to };
  const months = monthsBetween(range.from, range.to);
  const where = await whereFor(filter);
  const current = currentPeriod(filter, extent.to);
  const [provinces, types, perpetrators, victimMonths, now, previous, lastYear] = await Promise.all([
    byColumn(where, "provinceIso"),
    byColumn(where, "eventType"),
    byPerpetrator(where),
    victims(where, months),
    figuresFor(filter, current),
    figuresFor(filter, previousPeriod(current)),
    figuresFor(filter, yearEarlier(current)),
  ]);
  return {
    range,
    months,
    byProvince: toSeries(provinces, months, provinceName),
    byEventType: toSeries(types, months, (t) => t),
    byPerpetrator: toSeries(perpetrators, months, (a) => a),
    victims: victimMonths,
    comparison: { current: now, previous, yearEarlier: lastYear },
  };
}

/** Only the victim categories and the event-type series over a range: the bulletin's charts, without the rest. */
export async function eventTypeTrends(filter: IncidentFilter, range: Period): Promise<Pick<Trends, "range" | "months" | "byEventType" | "victims">> {
  const months = monthsBetween(range.from, range.to);
  const where = await whereFor({ ...filter, ...range });
  const [types, victimMonths] = await Promise.all([byColumn(where, "eventType"), victims(where, months)]);
  return { range, months, byEventType: toSeries(types, months, (t) => t), victims: victimMonths };
}

/** The trends, kept until the data changes (lib/read-cache). */
export const trends = cachedByVersion("trends", 100, trendsQuery);
