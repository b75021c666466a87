import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";

/**
 * The PostgreSQL side of the tests' databases (`npm run test:pg`, tests/postgres/run-pg-tests.ts):
 * the run migrates one template database, and each test file's freshDatabase() copies it (CREATE
 * DATABASE … TEMPLATE takes a fraction of a second; migrating each would take seconds).
 */
export type PgTestRun = { adminUrl: string; template: string };

/** The run's settings when the tests run on PostgreSQL, else null (the default: SQLite). */
export function pgTestRun(): PgTestRun | null {
  const template = process.env.ATLAS_TEST_PG_TEMPLATE;
  const adminUrl = process.env.ATLAS_TEST_PG_ADMIN_URL;
  return template && adminUrl ? { adminUrl, template } : null;
}

/** The URL of another database on the same server as `url`. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A database name for this run: atlas_test_<random>, which the tests may create and drop. */
export const testDatabaseName = (prefix = "atlas_test") => `${prefix}_${randomBytes(6).toString("hex")}`;

/** One SQL command through psql, synchronously (freshDatabase() is synchronous on SQLite too). */
export function psql(url: string, sql: string): void {
  execFileSync("psql", ["--no-psqlrc", "--quiet", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql], { stdio: ["ignore", "ignore", "pipe"] });
}

/** A new database copied from the run's migrated template; its URL and how to drop it. */
export function copyTemplate(run: PgTestRun): { url: string; drop: () => void } {
  const name = `${run.template}_${randomBytes(4).toString("hex")}`;
  psql(run.adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${run.template}"`);
  return { url: databaseUrl(run.adminUrl, name), drop: () => psql(run.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
