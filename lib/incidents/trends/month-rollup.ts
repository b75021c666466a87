import type { IncidentFilter } from "../filter/filter";
import { KILLED_THRESHOLDS } from "../rollups/rollup-definitions";
import { addMonths, monthEnd, monthOf, monthStart, type Month } from "./months";

/**
 * Which filters the rollups answer (IncidentMonthRollup, decision 025; IncidentDayRollup, decision
 * 026), and which of their rows a read sums. The one place that knows the rollups' columns:
 * province, country, event type, status (with filterToSql's default, published only) and the dates,
 * and for a minimum killed that is one of KILLED_THRESHOLDS, the killed rollups' columns for it
 * (IncidentMonthKilledRollup, IncidentDayKilledRollup: decision 026, 2026-12-05).
 */

/** The days a rollup read covers, either end open. */
export type DaySpan = { from?: string; to?: string };

/** The months a monthly rollup read covers: from the first to the last, either open. */
export type MonthSpan = { first?: Month; last?: Month };

/** Whether the killed rollups (kept on both databases, decision 029) hold a column pair for this minimum killed. */
export const killedRollupAnswers = (minKilled: number) => (KILLED_THRESHOLDS as readonly number[]).includes(minKilled);

/**
 * The filter's dates when every one of its conditions is a rollup column (a minimum killed counts as
 * one when it is a threshold of the killed rollups); null when it has one the rollups do not hold
 * (sub-event type, actor, another minimum killed, disputed figures, free text), and the incidents
 * themselves must be read.
 */
export function rollupSpan(f: IncidentFilter): DaySpan | null {
  if (f.subEventType.length || f.actor.length || f.disputed || f.q) return null;
  if (f.minKilled !== undefined && !killedRollupAnswers(f.minKilled)) return null;
  return { from: f.from, to: f.to };
}

/** Inclusive day ranges. */
export type DayRange = { from: string; to: string };

/**
 * A span as the fewest rollup rows: its whole months from the monthly rollup (null when it has none)
 * and the days of the part months at either end from the daily rollup.
 */
export function splitSpan(span: DaySpan): { months: MonthSpan | null; days: DayRange[] } {
  const { from, to } = span;
  const headWhole = !from || from === monthStart(monthOf(from));
  const tailWhole = !to || to === monthEnd(monthOf(to));
  if (from && to && monthOf(from) === monthOf(to) && !(headWhole && tailWhole)) return { months: null, days: [{ from, to }] };
  const days: DayRange[] = [];
  if (!headWhole) days.push({ from: from!, to: monthEnd(monthOf(from!)) });
  if (!tailWhole) days.push({ from: monthStart(monthOf(to!)), to: to! });
  const first = from ? (headWhole ? monthOf(from) : addMonths(monthOf(from), 1)) : undefined;
  const last = to ? (tailWhole ? monthOf(to) : addMonths(monthOf(to), -1)) : undefined;
  return { months: first && last && first > last ? null : { first, last }, days };
}

/**
 * Whether the monthly rollups alone answer a filter, and over which months: only when rollupSpan
 * accepts its conditions (a minimum killed among them when it is a threshold: IncidentMonthKilledRollup
 * and the perpetrator rollups hold the victims' split and the perpetrators per threshold, decision 025
 * of 2026-12-06) and the dates, if any, are whole months. Anything else needs the daily rollup or the
 * incidents themselves: null.
 */
export function rollupMonths(f: IncidentFilter): MonthSpan | null {
  const span = rollupSpan(f);
  if (!span) return null;
  const { months, days } = splitSpan(span);
  return days.length ? null : months;
}
