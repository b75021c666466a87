import type { ProvinceStat } from "../overview/aggregates-types";
import { wholeMonths, type Period } from "../trends/compare-periods";
import { periodFromScan, type TrendScanRow } from "../trends/fold-trend-scan";
import { monthOf } from "../trends/months";

/**
 * The bulletin's period figures and province counts summed from the trend scan's groups (month,
 * province, event type) instead of a query each (decision 022, amendment of 2026-12-06). Exact only
 * for a period of whole months inside the months the groups were read for (`read`, itself whole months).
 */
export const groupsCover = (read: Period, period: Period) =>
  wholeMonths(read) !== null && wholeMonths(period) !== null && period.from >= read.from && period.to <= read.to;

/** Incidents and killed per province in the period's months, as provinceStatsQuery gives them: no province left out, by code. */
export function provincesFromGroups(rows: TrendScanRow[], period: Period): ProvinceStat[] {
  const [first, last] = [monthOf(period.from), monthOf(period.to)];
  const byProvince = new Map<string, ProvinceStat>();
  for (const r of rows) {
    if (r.province === null || r.month < first || r.month > last) continue;
    const stat = byProvince.get(r.province) ?? { iso: r.province, count: 0, killed: 0 };
    stat.count += Number(r.count ?? 0);
    stat.killed += Number(r.killed ?? 0);
    byProvince.set(r.province, stat);
  }
  return sortedProvinces([...byProvince.values()].filter((s) => s.count > 0));
}

/** By code, as the province queries' ORDER BY gives them (the codes are ASCII). */
export const sortedProvinces = (stats: ProvinceStat[]) => stats.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));

/** The groups of the months from `from` on: the trend charts' months when the groups were read from earlier. */
export const groupsFrom = (rows: TrendScanRow[], from: string) => rows.filter((r) => r.month >= monthOf(from));

export { periodFromScan as figuresFromGroups };
