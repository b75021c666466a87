/**
 * The Playwright specs whose path through the server differs by database: what CI runs again on
 * PostgreSQL (`npm run test:pg -- --database-specs`) after the whole suite on SQLite, to keep CI
 * within its time. `npm run test:pg` without it runs the whole suite on PostgreSQL. The rest of the
 * database's differences are covered by the Vitest files of vitest.pg.config.mts.
 */
export const DATABASE_SPECS = [
  // Several app servers on one database: previews in the database (the import's write path on
  // PostgreSQL, its own pool in the worker thread), the row lock before a save.
  "e2e/two-servers.spec.ts",
  "e2e/concurrent-edit.spec.ts",
  "e2e/import-conflict.spec.ts",
  // Text search (trigram indexes), the SQL filter, the keyset list, rollups and the map's points.
  "e2e/filters.spec.ts",
  "e2e/list-paging.spec.ts",
  "e2e/trends.spec.ts",
  "e2e/profiles.spec.ts",
  // Seeded totals through the rollups, and the API's filters (whole-atlas specs, on their own servers).
  "e2e/overview.spec.ts",
  "e2e/incidents-api.spec.ts",
];
