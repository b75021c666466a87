import { addDays } from "./iso-date";

export type DatePreset = { label: string; from: string; to: string };

/**
 * Date ranges analysts ask for most, whole days and whole years, relative to `today` (YYYY-MM-DD):
 * the last 30 days and 12 months up to today, this year so far, and the two years before. The
 * histogram's brush snaps to its bars (weeks over two years), so these are the way to an exact year.
 */
export function datePresets(today: string): DatePreset[] {
  const year = Number(today.slice(0, 4));
  const wholeYear = (y: number): DatePreset => ({ label: String(y), from: `${y}-01-01`, to: `${y}-12-31` });
  return [
    { label: "Last 30 days", from: addDays(today, -29), to: today },
    { label: "Last 12 months", from: addDays(today, -364), to: today },
    { label: `This year`, from: `${year}-01-01`, to: today },
    wholeYear(year - 1),
    wholeYear(year - 2),
  ];
}
