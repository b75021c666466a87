import { defineConfig } from "vitest/config";
import base from "./vitest.config.mts";

// `npm run test:pg` (tests/postgres/run-pg-tests.ts): the Vitest files that run on PostgreSQL
// (docs/decisions/029). Each copies the run's migrated database (tests/fresh-database.ts). The other
// files that touch the database are SQLite-only for now: the decision record lists them and why.
export const PG_TEST_FILES = [
  "lib/database/sql-dialect.test.ts",
  "lib/incidents/bulletin/bulletin.test.ts",
  // PostgreSQL only: copies a SQLite Atlas into the run's database (skipped on SQLite).
  "lib/database/copy/copy-atlas.test.ts",
  "scripts/db-schemas/schemas.test.ts",
  "lib/auth/account-admin/account-admin.test.ts",
  "lib/auth/create-user.test.ts",
  "lib/auth/invites.test.ts",
  "lib/auth/sign-in-limit/limit-store.test.ts",
  "lib/export/export-response.test.ts",
  "lib/import/acled-import.test.ts",
  "lib/import/import-audit.test.ts",
  "lib/import/import-conflicts.test.ts",
  "lib/import/import.test.ts",
  "lib/import/links/import-links.test.ts",
  "lib/import/read-json-file.test.ts",
  "lib/import/upload-store.test.ts",
  "lib/incidents/audit/audited-write.test.ts",
  "lib/incidents/audit/record-audit.test.ts",
  "lib/incidents/audit/report-history.test.ts",
  "lib/incidents/filter/filter-sql.test.ts",
  "lib/incidents/filter/text-matched-once.test.ts",
  "lib/incidents/links/link-writes.test.ts",
  "lib/incidents/links/merge-records.test.ts",
  "lib/incidents/list/list-page.test.ts",
  "lib/incidents/map/map-points-query.test.ts",
  "lib/incidents/map/map-index-writes.test.ts",
  "lib/incidents/overview/aggregates.test.ts",
  "lib/incidents/review/pending-edit-step.test.ts",
  "lib/incidents/review/review-step.test.ts",
  "lib/incidents/rollups/check-rollups.test.ts",
  "lib/incidents/rollups/killed-rollups.test.ts",
  "lib/incidents/rollups/perpetrator-rollup.test.ts",
  "lib/incidents/trends/trends.test.ts",
  "lib/sources/backfill-archived-hashes.test.ts",
];

// Every statement is a round trip to the server here: the longer writing tests (a merge, an import)
// need more than Vitest's 5 s on a busy machine, and so does dropping a test's database copy
// while other files copy theirs.
export default defineConfig({ ...base, test: { ...base.test, include: PG_TEST_FILES, testTimeout: 30_000, hookTimeout: 30_000 } });
