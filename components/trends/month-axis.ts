import type * as Plot from "@observablehq/plot";
import { monthSpan, type Month } from "@/lib/incidents/trends/months";

/** The x scale of every trend chart: calendar months from the first shown to the end of the last. */
export function monthScale(months: Month[]): Plot.ScaleOptions {
  return { type: "utc", domain: [monthSpan(months[0]!).start, monthSpan(months[months.length - 1]!).end], label: null, ticks: 5 };
}
