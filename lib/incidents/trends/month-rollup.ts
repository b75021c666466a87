import type { IncidentFilter } from "../filter/filter";
import { monthEnd, monthOf, monthStart, type Month } from "./months";

/** The months a rollup read covers: from the first to the last, either open. */
export type MonthSpan = { first?: Month; last?: Month };

/**
 * Whether the monthly rollup (IncidentMonthRollup, decision 025) answers a filter, and over which
 * months: only when every condition is one of its columns (province, country, event type, status)
 * and the dates, if any, are whole months. Anything else needs the incidents themselves: null.
 */
export function rollupMonths(f: IncidentFilter): MonthSpan | null {
  if (f.subEventType.length || f.actor.length || f.minKilled !== undefined || f.disputed || f.q) return null;
  if (f.from && f.from !== monthStart(monthOf(f.from))) return null;
  if (f.to && f.to !== monthEnd(monthOf(f.to))) return null;
  return { first: f.from ? monthOf(f.from) : undefined, last: f.to ? monthOf(f.to) : undefined };
}
