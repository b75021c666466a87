/**
 * The Playwright specs whose path through the server differs by database: what CI runs again on
 * PostgreSQL (`npm run test:pg -- --database-specs`) after the whole suite on SQLite, to keep CI
 * within its time. `npm run test:pg` without it runs the whole suite on PostgreSQL. The rest of the
 * database's differences are covered by the Vitest files of vitest.pg.config.mts.
 */
export const DATABASE_SPECS = [
  // Several app servers on one database: previews in the database, the row lock before a save.
  "e2e/two-servers.spec.ts",
  "e2e/concurrent-edit.spec.ts",
  // The import's own connection pool in its worker thread, and its write path on PostgreSQL.
  "e2e/import.spec.ts",
  "e2e/import-conflict.spec.ts",
  // Text search (trigram indexes), the SQL filter, the keyset list, rollups and the map's points.
  "e2e/filters.spec.ts",
  "e2e/list-paging.spec.ts",
  "e2e/overview.spec.ts",
  "e2e/trends.spec.ts",
  "e2e/profiles.spec.ts",
  // Sign-in limits (advisory locks) and the first administrator (a lock around check and write).
  "e2e/auth-login.spec.ts",
  "e2e/auth-setup.spec.ts",
];
