import type { MonthFigure, Trends } from "../trends/trends-types";

/**
 * Incidents and killed per month over everything the filter matches: the sum of the by-event-type
 * series, since every incident has exactly one event type (provinces can be missing, perpetrators many).
 */
export function monthlyTotals(trends: Pick<Trends, "months" | "byEventType">): MonthFigure[] {
  return trends.months.map((month, i) => ({
    month,
    count: trends.byEventType.reduce((sum, s) => sum + (s.months[i]?.count ?? 0), 0),
    killed: trends.byEventType.reduce((sum, s) => sum + (s.months[i]?.killed ?? 0), 0),
  }));
}
