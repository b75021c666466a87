import type { ProvinceStat } from "../overview/aggregates-types";
import { previousPeriod, yearEarlier, type Period } from "../trends/compare-periods";
import type { TrendScanRow } from "../trends/fold-trend-scan";
import { addMonths, monthOf, monthStart } from "../trends/months";
import type { ListSource, ListSpec } from "./bulletin-lists-sql";
import { DEADLIEST_COUNT, FOOTNOTE_INCIDENTS, TREND_MONTHS } from "./bulletin-types";

/** The periods a bulletin shows: its own, the two it is compared with, and its charts' months. */
export type BulletinPeriods = { current: Period; previous: Period; yearEarlier: Period; trend: Period };

export function bulletinPeriods(period: Period): BulletinPeriods {
  const trendFrom = monthStart(addMonths(monthOf(period.to), 1 - TREND_MONTHS));
  return {
    current: period,
    previous: previousPeriod(period),
    yearEarlier: yearEarlier(period),
    trend: { from: trendFrom < period.from ? trendFrom : period.from, to: period.to },
  };
}

/** The days from the earliest period's first to the bulletin's last: every period lies within. */
export function readHull(p: BulletinPeriods): Period {
  const from = [p.previous.from, p.yearEarlier.from, p.trend.from].reduce((a, b) => (b < a ? b : a), p.current.from);
  return { from, to: p.current.to };
}

export type FigureName = "current" | "previous" | "yearEarlier" | "disputed";
export type Figures = { count: number; killed: number };

/** What the bulletin reads from the database before titles and details (either way: rollups or one pass). */
export type BulletinReads = {
  /** The trend scan's groups over the charts' months (or more: the caller keeps the charts' months). */
  groups: TrendScanRow[];
  figures: Record<FigureName, Figures>;
  provinces: ProvinceStat[];
  listRows: { list: string; n: number; id: number }[];
  claimCount: number;
};

/** The bulletin's lists: the deadliest of the period, and the incidents each footnote names. */
export function bulletinListSpecs(p: BulletinPeriods, source: (period: Period, disputed?: boolean) => ListSource): ListSpec[] {
  return [
    { list: "deadliest", source: source(p.current), order: "deadliest", limit: DEADLIEST_COUNT },
    { list: "previous", source: source(p.previous), order: "deadliest", limit: FOOTNOTE_INCIDENTS },
    { list: "yearEarlier", source: source(p.yearEarlier), order: "deadliest", limit: FOOTNOTE_INCIDENTS },
    { list: "disputed", source: source(p.current, true), order: "deadliest", limit: FOOTNOTE_INCIDENTS },
    { list: "trend", source: source(p.trend), order: "latest", limit: FOOTNOTE_INCIDENTS },
  ];
}
