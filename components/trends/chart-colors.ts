import type { VictimCategory } from "@/lib/incidents/trends/trends-types";

/** Fill colours given to Plot as attributes; trend-chart.module.css repeats them for the HTML legend. */
export const BAR_COLORS = { count: "#0b5cad", killed: "#b42318" } as const;

export const VICTIM_COLORS: Record<VictimCategory, string> = {
  security: "#1f5fa8",
  civilians: "#d9642b",
  militants: "#5b8a1e",
  other: "#9aa4ae",
};
