import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { utcToIsoDate } from "@/lib/dates/iso-date";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql, type TextSearchPlan } from "../filter/filter-sql";
import { textAndActorMatches } from "../filter/text-search-plan";
import { provinceStatsQuery } from "../overview/aggregates.server";
import { claimSelect } from "../profiles/actor-profile.server";
import { previousPeriod, yearEarlier, type Period } from "../trends/compare-periods";
import { addMonths, monthOf, monthStart } from "../trends/months";
import { eventTypeTrends, figuresFor } from "../trends/trends.server";
import { deadliest } from "./bulletin.server";
import { CLAIM_LIMIT, DEADLIEST_COUNT, FOOTNOTE_INCIDENTS, TREND_MONTHS, type Bulletin, type IncidentRef } from "./bulletin-types";

/**
 * The bulletin's reads as they were before decision 022's amendment of 2026-12-06: a query per
 * figure and per footnote. Kept as the reference bulletin.test.ts compares the bulletin with on a
 * real database, figure by figure. Not used by the app.
 *
 * A bulletin's figures: the trends' SQL over the one filter (filterToSql) with the period's dates, and
 * bounded lists (DEADLIEST_COUNT deadliest, CLAIM_LIMIT claims, FOOTNOTE_INCIDENTS per footnote), so its cost does
 * not grow with the data (decision 022). Visibility is the filter's: published records unless the
 * reader may ask otherwise (reader-filter.ts, decision 017).
 */

const within = (filter: IncidentFilter, period: Period): IncidentFilter => ({ ...filter, from: period.from, to: period.to });

const whereFor = (filter: IncidentFilter, plan: TextSearchPlan | undefined) => filterToSql(filter, plan);

const ORDER = {
  // The list's "killed" order (list-page.ts).
  deadliest: Prisma.sql`i."killedTotal" DESC NULLS LAST, i."eventDate" DESC, i."id" DESC`,
  // Index order: over the charts' twelve months, sorting every incident by its toll cost more than the rest of the bulletin.
  latest: Prisma.sql`i."eventDate" DESC, i."id" DESC`,
};

/** A few incidents of a period: the ones a footnote names (deadliest or latest first), and the ten deadliest. */
async function incidentsBehind(
  filter: IncidentFilter,
  plan: TextSearchPlan | undefined,
  limit = FOOTNOTE_INCIDENTS,
  order: keyof typeof ORDER = "deadliest",
): Promise<IncidentRef[]> {
  const rows = await db.$queryRaw<{ id: bigint | number; title: string }[]>`
    SELECT i."id" AS id, i."title" AS title FROM "Incident" i WHERE ${whereFor(filter, plan)}
    ORDER BY ${ORDER[order]} LIMIT ${limit}`;
  return rows.map((r) => ({ id: Number(r.id), title: r.title }));
}

/** Claims, allegations and denials about the period's incidents, the latest first, at most CLAIM_LIMIT. */
async function claims(filter: IncidentFilter, plan: TextSearchPlan | undefined) {
  const where = whereFor(filter, plan);
  const [idRows, [countRow]] = await Promise.all([
    db.$queryRaw<{ id: bigint | number }[]>`
      SELECT c."id" AS id FROM "Claim" c JOIN "Incident" i ON i."id" = c."incidentId" WHERE ${where}
      ORDER BY c."madeOn" DESC NULLS LAST, i."eventDate" DESC, c."id" LIMIT ${CLAIM_LIMIT}`,
    db.$queryRaw<{ count: bigint | number }[]>`SELECT COUNT(*) AS count FROM "Claim" c JOIN "Incident" i ON i."id" = c."incidentId" WHERE ${where}`,
  ]);
  const ids = idRows.map((r) => Number(r.id));
  const rows = await db.claim.findMany({ where: { id: { in: ids } }, select: claimSelect });
  const byId = new Map(rows.map((r) => [r.id, { ...r, madeOn: r.madeOn ? utcToIsoDate(r.madeOn) : null }]));
  return { claims: ids.flatMap((id) => byId.get(id) ?? []), claimCount: Number(countRow?.count ?? 0) };
}

/** The bulletin for a filter over a period, a query per figure. */
export async function bulletinByQueries(filter: IncidentFilter, period: Period): Promise<Bulletin> {
  const current = within(filter, period);
  const previous = previousPeriod(period);
  const lastYear = yearEarlier(period);
  const disputed = { ...current, disputed: true as const };
  const trendFrom = monthStart(addMonths(monthOf(period.to), 1 - TREND_MONTHS));
  const trendRange = { from: trendFrom < period.from ? trendFrom : period.from, to: period.to };
  // Free text and actors are matched once for the dozen queries below, each then looks up the matches.
  const plan = await textAndActorMatches(db, filter);
  const [now, before, yearBefore, disputedNow, provinces, deadliestRefs, behindPrevious, behindYear, behindDisputed, behindTrend, claimList, trends] =
    await Promise.all([
      figuresFor(filter, period, plan),
      figuresFor(filter, previous, plan),
      figuresFor(filter, lastYear, plan),
      figuresFor(disputed, period, plan),
      provinceStatsQuery(current, plan),
      incidentsBehind(current, plan, DEADLIEST_COUNT),
      incidentsBehind(within(filter, previous), plan),
      incidentsBehind(within(filter, lastYear), plan),
      incidentsBehind(disputed, plan),
      incidentsBehind(within(filter, trendRange), plan, FOOTNOTE_INCIDENTS, "latest"),
      claims(current, plan),
      eventTypeTrends(filter, trendRange, plan),
    ]);
  return {
    period,
    figures: { current: now, previous: before, yearEarlier: yearBefore, disputed: disputedNow.count },
    behind: {
      current: deadliestRefs.slice(0, FOOTNOTE_INCIDENTS),
      previous: behindPrevious,
      yearEarlier: behindYear,
      disputed: behindDisputed,
      trend: behindTrend,
    },
    provinces,
    deadliest: await deadliest(deadliestRefs.map((r) => r.id)),
    ...claimList,
    trends,
  };
}
