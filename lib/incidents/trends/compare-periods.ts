import { addDays, daysBetween } from "@/lib/dates/iso-date";
import { formatNumber } from "@/lib/format/intl";
import { addMonths, monthEnd, monthOf, monthStart } from "./months";

/** A closed range of days, YYYY-MM-DD. */
export type Period = { from: string; to: string };

/** How many months the comparison covers when the filter gives no complete date range. */
export const DEFAULT_MONTHS = 3;

/**
 * The period the trend page compares: the filter's dates when it has both, otherwise the last
 * DEFAULT_MONTHS calendar months up to the latest matching incident (or the filter's `to`), not
 * starting before the filter's `from`.
 */
export function currentPeriod(filter: { from?: string; to?: string }, lastDay: string): Period {
  if (filter.from && filter.to) return { from: filter.from, to: filter.to };
  const to = filter.to ?? lastDay;
  const start = monthStart(addMonths(monthOf(to), 1 - DEFAULT_MONTHS));
  return { from: filter.from && filter.from > start ? filter.from : start, to: filter.to ?? monthEnd(monthOf(to)) };
}

/** Whole calendar months from the first of one month to the last of another, or null. */
export function wholeMonths({ from, to }: Period): number | null {
  if (from !== monthStart(monthOf(from)) || to !== monthEnd(monthOf(to))) return null;
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** The same length of time just before: the previous N months when the period is whole months. */
export function previousPeriod(period: Period): Period {
  const months = wholeMonths(period);
  if (months !== null) {
    const first = addMonths(monthOf(period.from), -months);
    return { from: monthStart(first), to: monthEnd(addMonths(first, months - 1)) };
  }
  const days = daysBetween(period.from, period.to) + 1;
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** The same days a year earlier (29 February becomes 28 February). */
export function yearEarlier({ from, to }: Period): Period {
  const back = (d: string) => {
    const y = `${Number(d.slice(0, 4)) - 1}`.padStart(4, "0");
    const md = d.slice(5) === "02-29" ? "02-28" : d.slice(5);
    return `${y}-${md}`;
  };
  const months = wholeMonths({ from, to });
  // A period ending on the last day of February ends on the last day of February a year earlier too.
  return { from: back(from), to: months !== null ? monthEnd(monthOf(back(to))) : back(to) };
}

/** "the previous 3 months", "the previous month", "the previous 45 days". */
export function previousLabel(period: Period): string {
  const months = wholeMonths(period);
  if (months === 1) return "the previous month";
  if (months !== null) return `the previous ${months} months`;
  const days = daysBetween(period.from, period.to) + 1;
  return days === 1 ? "the previous day" : `the previous ${formatNumber(days)} days`;
}

/**
 * The change from `before` to `now` in words: "up 38% on the previous 3 months", "down 12% on …",
 * "unchanged on …", "none in …" for a rise from zero, which no percentage describes.
 */
export function describeChange(now: number, before: number, against: string): string {
  if (now === before) return now === 0 ? `none, as in ${against}` : `unchanged on ${against}`;
  if (before === 0) return `up from none in ${against}`;
  const percent = Math.round((Math.abs(now - before) / before) * 100);
  const direction = now > before ? "up" : "down";
  // A change smaller than half a percent still says which way it went.
  return percent === 0 ? `${direction} less than 1% on ${against}` : `${direction} ${formatNumber(percent)}% on ${against}`;
}
