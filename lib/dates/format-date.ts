import { utcDateFormat } from "@/lib/format/intl";
/**
 * An event date as precisely as it is known: "Sat 16 Mar 2024" for a day, "March 2024" for a month,
 * never a false "1 March 2024".
 */
export function formatEventDate(isoDate: string, precision: string, endDate?: string | null): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const fmt = (opts: Intl.DateTimeFormatOptions, date = d) => utcDateFormat(opts).format(date);
  let text: string;
  switch (precision) {
    case "year":
      text = fmt({ year: "numeric" });
      break;
    case "month":
      text = formatMonth(isoDate);
      break;
    case "week":
      text = `week of ${fmt({ day: "numeric", month: "short", year: "numeric" })}`;
      break;
    default:
      text = fmt({ weekday: "short", day: "numeric", month: "short", year: "numeric" });
  }
  if (endDate && endDate !== isoDate && precision === "day") {
    text += ` – ${formatDay(endDate)}`;
  }
  return text;
}

/** A plain day: "17 Mar 2024". */
export function formatDay(isoDate: string): string {
  return utcDateFormat({ day: "numeric", month: "short", year: "numeric" }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The weekday of a YYYY-MM-DD date: "Saturday". */
export function formatWeekday(isoDate: string): string {
  return utcDateFormat({ weekday: "long" }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A month: "March 2024" (any day of it may be given). */
export function formatMonth(isoDate: string): string {
  return utcDateFormat({ month: "long", year: "numeric" }).format(new Date(`${isoDate.slice(0, 7)}-01T00:00:00Z`));
}

/** A short axis label: "2024" for a year, "Mar 2024" for a month, "16 Mar 24" for a day or a week's first day. */
export function formatAxisDate(isoDate: string, by: "day" | "month" | "year"): string {
  const options: Intl.DateTimeFormatOptions =
    by === "year" ? { year: "numeric" } : by === "month" ? { month: "short", year: "numeric" } : { day: "numeric", month: "short", year: "2-digit" };
  return utcDateFormat(options).format(new Date(`${isoDate}T00:00:00Z`));
}
