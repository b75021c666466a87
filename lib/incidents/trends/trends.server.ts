import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import { cachedByVersion } from "@/lib/read-cache/cached-by-version.server";
import { findProvince } from "@/lib/taxonomy/provinces";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql, type TextSearchPlan } from "../filter/filter-sql";
import { textAndActorMatches, textSearchPlan } from "../filter/text-search-plan";
import { currentPeriod, previousPeriod, wholeMonths, yearEarlier, type Period } from "./compare-periods";
import { monthsBetween, type Month } from "./months";
import type { PeriodFigures, TrendSeries, Trends } from "./trends-types";
import { foldTrendScan, periodFromScan, scanExtent, type TrendScanRow } from "./fold-trend-scan";
import { rollupFigures, rollupScan } from "./month-rollup.server";
import { groupsAsJson } from "./groups-as-json.server";
import { perpetrators } from "./perpetrators.server";
import { scanRow, scanWithPerpetrators, type ScanTuple } from "./scan-with-perpetrators.server";

/**
 * The trends page's figures in SQL over the one filter (filterToSql), never a loop over incidents in
 * JavaScript: one scan grouped by month, province and event type, folded into the charts by
 * foldTrendScan, which also gives the comparison periods when it read them; the perpetrators (an
 * incident once per perpetrator: perpetrators.server.ts) come from the same statement as the scan
 * (scan-with-perpetrators.server.ts), and other periods (read through the date indexes) are their
 * own queries. A filter the monthly rollups can answer reads them instead of the incidents
 * (month-rollup.server.ts, perpetrator-rollup.server.ts, decision 025). SQLite returns COUNT/SUM as integers (bigint through the adapter).
 */

type Num = bigint | number | null;
const num = (v: Num) => Number(v ?? 0);
/** The incident's month, as Incident_trends_by_month_idx holds it on SQLite. */
const month = () => dialectOf(db).monthText(Prisma.sql`i."eventDate"`);

async function whereFor(filter: IncidentFilter, plan?: TextSearchPlan): Promise<Prisma.Sql> {
  return filterToSql(filter, plan ?? (await textSearchPlan(db, filter)));
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
 * The one scan (decision 023): the filter's incidents grouped by month, province and event type, with
 * their first and last day. The month is the expression Incident_trends_by_month_idx holds, so
 * without a narrower index to use the groups stream out of it in order, no sort; one pass replaces
 * the date extent, the two breakdowns and the victims.
 */
export async function trendScan(where: Prisma.Sql): Promise<TrendScanRow[]> {
  const rows = await groupsAsJson<ScanTuple>(
    Prisma.sql`month, province, type, count, killed, security, civilians, militants, first, last`,
    Prisma.sql`SELECT ${month()} AS month, i."provinceIso" AS province, i."eventType" AS type, COUNT(*) AS count,
        SUM(i."killedTotal") AS killed, SUM(i."killedSecurity") AS security, SUM(i."killedCivilians") AS civilians,
        SUM(i."killedMilitants") AS militants, ${dialectOf(db).dayText(Prisma.sql`MIN(i."eventDate")`)} AS first, ${dialectOf(db).dayText(Prisma.sql`MAX(i."eventDate")`)} AS last
      FROM "Incident" i WHERE ${where}
      GROUP BY ${month()}, i."provinceIso", i."eventType"`,
  );
  return rows.map(scanRow);
}

/**
 * The scan's groups and their date extent: from the monthly rollup when it answers the filter
 * (decision 025), otherwise from the incidents.
 */
async function groupsFor(filter: IncidentFilter, where: () => Promise<Prisma.Sql>) {
  const rolled = await rollupScan(filter);
  if (rolled) return rolled;
  const rows = await trendScan(await where());
  return { rows, extent: scanExtent(rows) };
}

/**
 * groupsFor with the perpetrator series when the same statement read them: a filter the monthly
 * rollup does not answer is one the perpetrator rollup does not answer either (both take
 * rollupMonths), so its incidents are looked up once for both (scanWithPerpetrators).
 */
async function groupsAndPerpetrators(filter: IncidentFilter, where: Prisma.Sql) {
  const rolled = await rollupScan(filter);
  if (rolled) return { ...rolled, byActor: null };
  const { rows, perpetrators: byActor } = await scanWithPerpetrators(where);
  return { rows, extent: scanExtent(rows), byActor };
}

/** Incidents and killed for the filter over one period (the comparison's figures; the bulletin's too). */
export async function figuresFor(filter: IncidentFilter, period: Period, plan?: TextSearchPlan): Promise<PeriodFigures> {
  const rolled = await rollupFigures(filter, period);
  if (rolled) return { ...period, ...rolled };
  const [row] = await db.$queryRaw<{ count: Num; killed: Num }[]>`
    SELECT COUNT(*) AS count, SUM(i."killedTotal") AS killed
    FROM "Incident" i WHERE ${await whereFor({ ...filter, ...period }, plan)}`;
  return { ...period, count: num(row?.count ?? 0), killed: num(row?.killed ?? 0) };
}

const provinceName = (iso: string) => findProvince(iso)?.name ?? iso;

/** The trends for a filter, or null when no incident matches it. Uncached: for the bench. */
export async function trendsQuery(filter: IncidentFilter): Promise<Trends | null> {
  // Free text is matched once for the scan, the perpetrators and the periods (textAndActorMatches).
  const plan = await textAndActorMatches(db, filter);
  const where = await whereFor(filter, plan);
  const { rows, extent, byActor: scanned } = await groupsAndPerpetrators(filter, where);
  if (!extent) return null;
  const range = { from: filter.from ?? extent.from, to: filter.to ?? extent.to };
  const months = monthsBetween(range.from, range.to);
  const current = currentPeriod(filter, extent.to);
  // Without dates in the filter the scan read every month, so whole months (the default periods)
  // are sums of its groups; any other period is counted in SQL.
  const figures = (period: Period) =>
    !filter.from && !filter.to && wholeMonths(period) !== null ? periodFromScan(rows, period) : figuresFor(filter, period, plan);
  const [byActor, now, previous, lastYear] = await Promise.all([
    scanned ?? perpetrators(filter, where),
    figures(current),
    figures(previousPeriod(current)),
    figures(yearEarlier(current)),
  ]);
  const folded = foldTrendScan(rows, months);
  return {
    range,
    months,
    byProvince: toSeries(folded.byProvince, months, provinceName),
    byEventType: toSeries(folded.byType, months, (t) => t),
    byPerpetrator: toSeries(byActor, months, (a) => a),
    victims: folded.victims,
    comparison: { current: now, previous, yearEarlier: lastYear },
  };
}

/**
 * The scan's groups (month, province, event type) over a range, from the monthly rollup when it
 * answers (without the first and last day, which the bulletin does not show), else one scan.
 */
export async function trendGroups(filter: IncidentFilter, range: Period, plan?: TextSearchPlan): Promise<TrendScanRow[]> {
  const inRange = { ...filter, ...range };
  return (await rollupScan(inRange, false))?.rows ?? trendScan(await whereFor(inRange, plan));
}

/** The victim categories and the event-type series over a range from the scan's groups (trendGroups): the bulletin's charts. */
export function eventTypeTrendsFrom(rows: TrendScanRow[], range: Period): Pick<Trends, "range" | "months" | "byEventType" | "victims"> {
  const months = monthsBetween(range.from, range.to);
  const folded = foldTrendScan(rows, months);
  return { range, months, byEventType: toSeries(folded.byType, months, (t) => t), victims: folded.victims };
}

/** Only the victim categories and the event-type series over a range: the bulletin's charts, without the rest. */
export async function eventTypeTrends(
  filter: IncidentFilter,
  range: Period,
  plan?: TextSearchPlan,
): Promise<Pick<Trends, "range" | "months" | "byEventType" | "victims">> {
  // The same one scan as the trends page (decision 023), folded into the two series the bulletin draws.
  const inRange = { ...filter, ...range };
  const { rows } = await groupsFor(inRange, () => whereFor(inRange, plan));
  return eventTypeTrendsFrom(rows, range);
}

/** The trends, kept until the data changes (lib/read-cache). */
export const trends = cachedByVersion("trends", 100, trendsQuery);
