/**
 * The bench's budgets by database size: issue #17's at a million incidents, issues #4/#16's at
 * 100,000 (README, "Performance"). A figure prints beside the budget of the nearer size.
 */
export type Budgets = {
  /** p95 of each list, count and histogram query, over all filters together. */
  queryP95Ms: number;
  /** p95 of the overview's server work for one filter change: its list, per-province counts and histogram, nothing cached. */
  overviewServerMs: number;
  /** Map data for the initial view, bytes. */
  mapBytes: number;
  /** From a pan or zoom of the overview's map to its new clusters drawn, the slowest move. */
  mapMoveMs: number;
  /** The overview interactive in headless Chromium. */
  overviewMs: number;
  /** The production server's resident memory at its peak during the bench. */
  serverRssMb: number;
  /** The synthetic database generator, for this many incidents. */
  generateS: number;
};

const AT_100K: Budgets = { queryP95Ms: 100, overviewServerMs: 100, mapBytes: 300_000, mapMoveMs: 200, overviewMs: 2500, serverRssMb: 1000, generateS: 300 };
const AT_1M: Budgets = { queryP95Ms: 50, overviewServerMs: 100, mapBytes: 300_000, mapMoveMs: 200, overviewMs: 2500, serverRssMb: 1000, generateS: 300 };

export const budgetsFor = (count: number): Budgets => (count >= 500_000 ? AT_1M : AT_100K);

/** "OK" or "OVER BUDGET", for a figure where lower is better. */
export const verdict = (value: number, budget: number) => (value <= budget ? "OK" : "OVER BUDGET");
