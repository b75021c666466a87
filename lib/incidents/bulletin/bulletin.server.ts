import "server-only";
import { db } from "@/lib/db.server";
import { utcToIsoDate } from "@/lib/dates/iso-date";
import { cachedByVersion } from "@/lib/read-cache/cached-by-version.server";
import type { IncidentFilter } from "../filter/filter";
import { textAndActorMatches } from "../filter/text-search-plan";
import type { TextSearchPlan } from "../filter/text-plan";
import { sharedMatches } from "../filter/shared-matches.server";
import { listItemSelect, toListItem } from "../list/list-item";
import { dateExtent } from "../overview/aggregates.server";
import { claimSelect } from "../profiles/actor-profile.server";
import type { Period } from "../trends/compare-periods";
import { rollupSpan } from "../trends/month-rollup";
import type { Month } from "../trends/months";
import { eventTypeTrendsFrom } from "../trends/trends.server";
import { bulletinPeriod } from "./bulletin-period";
import { bulletinPeriods } from "./bulletin-reads";
import { onePassReads } from "./bulletin-one-pass.server";
import { rollupReads } from "./bulletin-rollup-reads.server";
import { FOOTNOTE_INCIDENTS, type Bulletin, type BulletinIncident, type IncidentRef } from "./bulletin-types";
import { groupsFrom } from "./figures-from-groups";

/**
 * A bulletin's figures: the trends' SQL over the one filter (filterToSql) with the period's dates, and
 * bounded lists (DEADLIEST_COUNT deadliest, CLAIM_LIMIT claims, FOOTNOTE_INCIDENTS per footnote), so its cost does
 * not grow with the data (decision 022). Visibility is the filter's: published records unless the
 * reader may ask otherwise (reader-filter.ts, decision 017). A filter the monthly rollup answers reads
 * it for the charts and figures (bulletin-rollup-reads.server.ts); any other reads its incidents once
 * (bulletin-one-pass.server.ts); either way the lists are ids, their titles and details read after
 * (decision 022, amendment of 2026-12-06).
 */

/** The deadliest incidents (in the order given) as list items with their coordinates and sources. */
export async function deadliest(ids: number[]): Promise<BulletinIncident[]> {
  const rows = await db.incident.findMany({
    where: { id: { in: ids } },
    select: {
      ...listItemSelect,
      latitude: true,
      longitude: true,
      sources: {
        orderBy: { position: "asc" },
        select: { source: { select: { id: true, outlet: true, url: true, datasetRecord: true, headline: true, publishedAt: true } } },
      },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { latitude, longitude, sources, ...item } = row;
    return {
      ...toListItem(item, sources.length),
      latitude,
      longitude,
      sources: sources.map(({ source }) => ({ ...source, publishedAt: source.publishedAt ? utcToIsoDate(source.publishedAt) : null })),
    };
  });
}

/** Titles of the footnotes' incidents, by id. */
async function titles(ids: number[]): Promise<Map<number, string>> {
  const rows = await db.incident.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, title: true } });
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** Claims by id, in the order given. */
async function claimsById(ids: number[]) {
  const rows = await db.claim.findMany({ where: { id: { in: ids } }, select: claimSelect });
  const byId = new Map(rows.map((r) => [r.id, { ...r, madeOn: r.madeOn ? utcToIsoDate(r.madeOn) : null }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The bulletin for a filter over a period. Uncached: for the bench. */
export async function bulletinQuery(filter: IncidentFilter, period: Period, matched?: TextSearchPlan): Promise<Bulletin> {
  const periods = bulletinPeriods(period);
  // Free text and actors are matched once for the reads below, each then looks up the matches.
  const plan = matched ?? (await textAndActorMatches(db, filter));
  const reads = rollupSpan(filter) ? await rollupReads(filter, plan, periods) : await onePassReads(filter, plan, periods);
  const ids = new Map<string, number[]>();
  for (const r of [...reads.listRows].sort((a, b) => a.n - b.n)) ids.set(r.list, [...(ids.get(r.list) ?? []), r.id]);
  const list = (name: string) => ids.get(name) ?? [];
  const footnoted = ["previous", "yearEarlier", "disputed", "trend"] as const;
  const [names, deadliestItems, claimList] = await Promise.all([
    titles([...list("deadliest").slice(0, FOOTNOTE_INCIDENTS), ...footnoted.flatMap(list)]),
    deadliest(list("deadliest")),
    claimsById(list("claims")),
  ]);
  const refs = (name: string): IncidentRef[] => list(name).flatMap((id) => (names.has(id) ? [{ id, title: names.get(id)! }] : []));
  const { current, previous, yearEarlier, disputed } = reads.figures;
  return {
    period,
    figures: {
      current: { ...periods.current, ...current },
      previous: { ...periods.previous, ...previous },
      yearEarlier: { ...periods.yearEarlier, ...yearEarlier },
      disputed: disputed.count,
    },
    behind: {
      current: refs("deadliest").slice(0, FOOTNOTE_INCIDENTS),
      previous: refs("previous"),
      yearEarlier: refs("yearEarlier"),
      disputed: refs("disputed"),
      trend: refs("trend"),
    },
    provinces: reads.provinces,
    deadliest: deadliestItems,
    claims: claimList,
    claimCount: reads.claimCount,
    trends: eventTypeTrendsFrom(groupsFrom(reads.groups, periods.trend.from), periods.trend),
  };
}

/** The bulletin, kept until the data changes (lib/read-cache); the page and the PDF share it. */
export const bulletin = cachedByVersion("bulletin", 50, async (filter: IncidentFilter, period: Period) =>
  bulletinQuery(filter, period, await sharedMatches(filter)),
);

/**
 * The days a bulletin covers (bulletinPeriod), reading the latest matching day only when needed; null
 * when none. `plan`: the text's matches when the caller has them (the bulletin reads them too).
 */
export async function bulletinPeriodFor(filter: IncidentFilter, month: Month | undefined, plan?: TextSearchPlan): Promise<Period | null> {
  const lastDay = month || (filter.from && filter.to) ? null : ((await dateExtent(filter, plan))?.to ?? null);
  return bulletinPeriod(month, filter, lastDay);
}

/**
 * The bulletin for a filter and an optional `month`: the period is bulletinPeriod's (the month, the
 * filter's dates, or the month of the latest matching incident). Null when nothing matches and the
 * filter gives no period.
 */
export async function bulletinFor(filter: IncidentFilter, month: Month | undefined): Promise<Bulletin | null> {
  // The text matched once for the period and the bulletin (sharedMatches keeps it until the data changes).
  const period = await bulletinPeriodFor(filter, month, await sharedMatches(filter));
  return period ? bulletin(filter, period) : null;
}
