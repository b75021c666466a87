import { hrefFor, withFilter, type FilterKey } from "../filter/filter-url";
import type { Period } from "./compare-periods";
import { monthWithin, type Month } from "./months";

/**
 * The incident list behind a figure: the page's filter with the figure's days and, for a small
 * multiple, its province, event type or actor in place of the filter's own values for that parameter.
 */
export function listHref(filterQuery: string, period: Period, changes: Partial<Record<FilterKey, string>> = {}): string {
  return hrefFor("/incidents", withFilter(filterQuery, { from: period.from, to: period.to, ...changes }));
}

/** The list behind one month's mark, the month clamped to the range the chart shows. */
export function monthHref(filterQuery: string, month: Month, range: Period, changes: Partial<Record<FilterKey, string>> = {}): string {
  return listHref(filterQuery, monthWithin(month, range.from, range.to), changes);
}
