import { addDays, isoDateToUtc, utcToIsoDate } from "@/lib/dates/iso-date";

/**
 * Calendar months for the trend charts. A month is "YYYY-MM"; its days are clamped to the period
 * shown, so the link behind a bar for a half-covered month lists only the days the bar counts.
 */
export type Month = string;

/** "2024-03" for any day of March 2024. */
export const monthOf = (isoDate: string): Month => isoDate.slice(0, 7);

/** First day of the month. */
export const monthStart = (month: Month): string => `${month}-01`;

/** Last day of the month. */
export function monthEnd(month: Month): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return utcToIsoDate(new Date(Date.UTC(y, m, 0)));
}

/** The month `n` months after (before, when negative) the given one. */
export function addMonths(month: Month, n: number): Month {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return utcToIsoDate(new Date(Date.UTC(y, m - 1 + n, 1))).slice(0, 7);
}

/** Every month from the one holding `from` to the one holding `to`, inclusive. */
export function monthsBetween(from: string, to: string): Month[] {
  const out: Month[] = [];
  for (let m = monthOf(from), last = monthOf(to); m <= last && out.length < 1200; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The days of `month` that fall within [from, to]: what a bar for that month counts. */
export function monthWithin(month: Month, from: string, to: string): { from: string; to: string } {
  const start = monthStart(month);
  const end = monthEnd(month);
  return { from: start < from ? from : start, to: end > to ? to : end };
}

/** Start of the month as a UTC Date (a chart's x position), and the start of the next one. */
export function monthSpan(month: Month): { start: Date; end: Date } {
  return { start: isoDateToUtc(monthStart(month)), end: isoDateToUtc(addDays(monthEnd(month), 1)) };
}
