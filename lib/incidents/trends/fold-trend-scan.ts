import { monthOf, type Month } from "./months";
import type { Period } from "./compare-periods";
import type { PeriodFigures, VictimMonth } from "./trends-types";

type Num = bigint | number | null;
const num = (v: Num | undefined) => Number(v ?? 0);

/** One group of the trends page's scan (trends.server.ts): the incidents of a month, province and event type, their tolls and first and last day. */
export type TrendScanRow = {
  month: string;
  province: string | null;
  type: string | null;
  count: Num;
  killed: Num;
  security: Num;
  civilians: Num;
  militants: Num;
  first: string;
  last: string;
};

/** The first and last day of the incidents scanned (the filter's date extent), or null when none matched. */
export function scanExtent(rows: TrendScanRow[]): { from: string; to: string } | null {
  if (rows.length === 0) return null;
  let [from, to] = [rows[0]!.first, rows[0]!.last];
  for (const r of rows) {
    if (r.first < from) from = r.first;
    if (r.last > to) to = r.last;
  }
  return { from, to };
}

/** Incidents and killed in a month for one key (a province, an event type). */
export type KeyedMonth = { month: string; key: string; count: number; killed: number };

function addTo(into: Map<string, KeyedMonth>, month: string, key: string | null, count: number, killed: number) {
  if (key === null) return;
  const id = `${month}|${key}`;
  const row = into.get(id);
  if (row) {
    row.count += count;
    row.killed += killed;
  } else into.set(id, { month, key, count, killed });
}

/**
 * Sums the scan's groups into what three GROUP BYs gave before (decision 023): per month and
 * province, per month and event type (incidents without one left out), and killed per month by
 * victim category, "other" being the total less the known parts (unknown or not split).
 */
export function foldTrendScan(rows: TrendScanRow[], months: Month[]) {
  const byProvince = new Map<string, KeyedMonth>();
  const byType = new Map<string, KeyedMonth>();
  const victims = new Map<string, { security: number; civilians: number; militants: number; total: number }>();
  for (const r of rows) {
    const [count, killed] = [num(r.count), num(r.killed)];
    addTo(byProvince, r.month, r.province, count, killed);
    addTo(byType, r.month, r.type, count, killed);
    const v = victims.get(r.month) ?? { security: 0, civilians: 0, militants: 0, total: 0 };
    v.security += num(r.security);
    v.civilians += num(r.civilians);
    v.militants += num(r.militants);
    v.total += killed;
    victims.set(r.month, v);
  }
  const victimMonths: VictimMonth[] = months.map((month) => {
    const { security = 0, civilians = 0, militants = 0, total = 0 } = victims.get(month) ?? {};
    return { month, security, civilians, militants, other: Math.max(0, total - security - civilians - militants) };
  });
  return { byProvince: [...byProvince.values()], byType: [...byType.values()], victims: victimMonths };
}

/**
 * Incidents and killed in whole months, summed from the scan's groups: exact only when the scan read
 * every date the filter allows (a filter without dates) and the period is whole calendar months.
 */
export function periodFromScan(rows: TrendScanRow[], period: Period): PeriodFigures {
  const [first, last] = [monthOf(period.from), monthOf(period.to)];
  let [count, killed] = [0, 0];
  for (const r of rows) {
    if (r.month < first || r.month > last) continue;
    count += num(r.count);
    killed += num(r.killed);
  }
  return { ...period, count, killed };
}
