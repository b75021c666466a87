import { z } from "zod";
import { formatDay, formatMonth } from "@/lib/dates/format-date";
import { wholeMonths, type Period } from "../trends/compare-periods";
import { monthEnd, monthOf, monthStart, type Month } from "../trends/months";

/** `month=YYYY-MM`: the bulletin's period, mapped onto the filter's from/to (bulletinPeriod). */
export const BulletinPeriodSchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month must be a month as YYYY-MM, such as 2024-03")
    .optional(),
});

export type BulletinPeriodParams = z.output<typeof BulletinPeriodSchema>;

export function parseBulletinPeriod(params: URLSearchParams) {
  const values = params.getAll("month");
  return BulletinPeriodSchema.safeParse(values.length ? { month: values[values.length - 1] } : {});
}

export const wholeMonth = (month: Month): Period => ({ from: monthStart(month), to: monthEnd(month) });

/**
 * The days a bulletin covers: the month asked for; else the filter's dates when it has both; else the
 * calendar month of the filter's `to` or of the latest matching incident (null when none matches),
 * not starting before the filter's `from`.
 */
export function bulletinPeriod(month: Month | undefined, filter: { from?: string; to?: string }, lastDay: string | null): Period | null {
  if (month) return wholeMonth(month);
  if (filter.from && filter.to) return { from: filter.from, to: filter.to };
  const end = filter.to ?? lastDay;
  if (!end) return null;
  const { from, to } = wholeMonth(monthOf(end));
  return { from: filter.from && filter.from > from ? filter.from : from, to: filter.to ?? to };
}

/** "March 2024" for a whole month, "April 2023 – March 2024" for whole months, else "5 Mar 2024 – 20 Apr 2024". */
export function periodLabel(period: Period): string {
  const months = wholeMonths(period);
  if (months === 1) return formatMonth(period.from);
  if (months !== null) return `${formatMonth(period.from)} – ${formatMonth(period.to)}`;
  return period.from === period.to ? formatDay(period.from) : `${formatDay(period.from)} – ${formatDay(period.to)}`;
}
