import type { Month } from "./months";
import type { Period } from "./compare-periods";

/** Incidents and killed in one month. */
export type MonthFigure = { month: Month; count: number; killed: number };

/** One small multiple: a province, an event type or a perpetrator, with a figure for every month shown. */
export type TrendSeries = {
  /** The filter value a mark's link adds (province ISO code, event type, actor name). */
  key: string;
  label: string;
  total: { count: number; killed: number };
  months: MonthFigure[];
};

export const VICTIM_CATEGORIES = ["security", "civilians", "militants", "other"] as const;
export type VictimCategory = (typeof VICTIM_CATEGORIES)[number];
export const VICTIM_LABELS: Record<VictimCategory, string> = {
  security: "Security forces",
  civilians: "Civilians",
  militants: "Militants",
  other: "Unknown or not split",
};

export type VictimMonth = { month: Month } & Record<VictimCategory, number>;

export type PeriodFigures = Period & { count: number; killed: number };

/** Everything the trends page draws, for one filter. Null parts: nothing matches. */
export type Trends = {
  /** The months the charts cover: the filter's dates, or the matching incidents' first to last day. */
  range: Period;
  months: Month[];
  byProvince: TrendSeries[];
  byEventType: TrendSeries[];
  byPerpetrator: TrendSeries[];
  victims: VictimMonth[];
  comparison: { current: PeriodFigures; previous: PeriodFigures; yearEarlier: PeriodFigures };
};
