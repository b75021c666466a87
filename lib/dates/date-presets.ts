import { addDays } from "./iso-date";
import { formatMonth } from "./format-date";

export type DatePreset = { label: string; from: string; to: string };

/**
 * Date ranges analysts ask for most, whole days and whole years, relative to `today` (YYYY-MM-DD):
 * the last 7, 30 and 90 days up to today, last calendar month (named: "November 2026"), this year
 * so far, and last year. The histogram's brush
 * snaps to its bars (weeks over two years), so these are the way to an exact range.
 */
export function datePresets(today: string): DatePreset[] {
  const year = Number(today.slice(0, 4));
  const lastDays = (n: number): DatePreset => ({ label: `Last ${n} days`, from: addDays(today, -(n - 1)), to: today });
  return [
    lastDays(7),
    lastDays(30),
    lastDays(90),
    lastMonth(today),
    { label: "This year", from: `${year}-01-01`, to: today },
    { label: "Last year", from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
  ];
}

/** The calendar month before today's, first to last day. */
function lastMonth(today: string): DatePreset {
  const to = addDays(`${today.slice(0, 7)}-01`, -1);
  const from = `${to.slice(0, 7)}-01`;
  return { label: formatMonth(from), from, to };
}
