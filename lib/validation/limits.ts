/** Length and size bounds for everything an analyst or a script can send. */
export const LIMITS = {
  title: 200,
  summary: 5_000,
  placeName: 200,
  shortText: 200,
  statement: 1_000,
  quote: 2_000,
  notes: 2_000,
  url: 2_000,
  count: 100_000,
  rowsPerIncident: 50,
  archivedText: 100_000,
} as const;
