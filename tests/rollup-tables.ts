/**
 * Every rollup the check recounts, in the order `checkRollups` reports them (decisions 025, 026). The
 * tests name them here, not from the definitions they check, so a rollup left out of the check fails.
 */
export const ROLLUP_TABLES = [
  "IncidentMonthRollup",
  "IncidentDayRollup",
  "IncidentMonthKilledRollup",
  "IncidentDayKilledRollup",
  "IncidentPerpetratorMonthRollup",
  "IncidentPerpetratorMonthTotalRollup",
];

/** What the check returns when every rollup equals its recount. */
export const NO_MISMATCHES = ROLLUP_TABLES.map((table) => [table, 0]);
