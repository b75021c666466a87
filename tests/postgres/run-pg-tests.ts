import { spawnSync } from "node:child_process";
import pg from "pg";
import { databaseUrl, testDatabaseName } from "./pg-test-database";
import { parsePgTestArgs } from "./pg-test-args";
import { WHOLE_ATLAS_GROUPS } from "@/e2e/whole-atlas";

/**
 * `npm run test:pg`: the tests that touch the database, on PostgreSQL (docs/decisions/029).
 * 1. Vitest: creates atlas_test_<random>, migrates it with `prisma migrate deploy`, runs the files of
 *    vitest.pg.config.mts (each copies that database, tests/fresh-database.ts).
 * 2. Playwright: creates atlas_e2e_<random>, and atlas_e2e_<random>_whole<n> for each group of
 *    whole-atlas specs, and runs the whole suite against them (E2E_DATABASE_URL and
 *    E2E_WHOLE<n>_DATABASE_URL: scripts/e2e-server.sh migrates, seeds and serves each). E2E_REUSE_BUILD=1 serves the build already
 *    in .next-e2e (CI: `npm test` made it) instead of building again.
 * Every database of the run is dropped, also after a failure. ATLAS_TEST_PG_URL names the server
 * (default: the local one). Usage: npm run test:pg [-- --unit-only | --e2e-only] [files...]
 * (*.spec.ts files go to Playwright, other files to Vitest; naming only one kind runs only that part).
 */
const ADMIN_URL = process.env.ATLAS_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function query(sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function run(command: string, args: string[], env: Record<string, string>): number {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
}

/** Creates a database named `<prefix>_<random>`, runs `body` with its name, then drops it and every copy of it. */
async function withDatabase(prefix: string, body: (name: string) => number | Promise<number>): Promise<number> {
  const name = testDatabaseName(prefix);
  await query(`CREATE DATABASE "${name}"`);
  console.log(`test:pg: database ${name} on ${new URL(ADMIN_URL).host}`);
  try {
    return await body(name);
  } finally {
    // A failed test file may not have dropped its own copy; the servers of a failed run may still be connected.
    const { rows } = await query(`SELECT datname FROM pg_database WHERE datname = '${name}' OR datname LIKE '${name}\\_%'`);
    for (const { datname } of rows as { datname: string }[]) await query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}

const PRISMA_QUIET = { CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

function unitTests(template: string, files: string[]): number {
  const migrated = run("npx", ["--no-install", "prisma", "migrate", "deploy"], { DATABASE_URL: databaseUrl(ADMIN_URL, template), ...PRISMA_QUIET });
  if (migrated !== 0) {
    console.error("test:pg: the PostgreSQL migrations failed");
    return migrated;
  }
  return run("npx", ["--no-install", "vitest", "run", "--config", "vitest.pg.config.mts", ...files], {
    ATLAS_TEST_PG_TEMPLATE: template,
    ATLAS_TEST_PG_ADMIN_URL: ADMIN_URL,
  });
}

/** Each group of whole-atlas specs has a server and database of its own (playwright.config.ts); withDatabase drops them with the run's. */
async function browserTests(database: string, args: string[]): Promise<number> {
  const wholeUrls: Record<string, string> = {};
  for (let n = 1; n <= WHOLE_ATLAS_GROUPS.length; n++) {
    await query(`CREATE DATABASE "${database}_whole${n}"`);
    wholeUrls[`E2E_WHOLE${n}_DATABASE_URL`] = databaseUrl(ADMIN_URL, `${database}_whole${n}`);
  }
  const started = Date.now();
  const code = run("npx", ["--no-install", "playwright", "test", ...args], {
    E2E_DATABASE_URL: databaseUrl(ADMIN_URL, database),
    ...wholeUrls,
    ...PRISMA_QUIET,
  });
  console.log(`test:pg: Playwright on PostgreSQL took ${Math.round((Date.now() - started) / 1000)} s`);
  return code;
}

async function main(): Promise<number> {
  const parts = parsePgTestArgs(process.argv.slice(2));
  if ("error" in parts) {
    console.error(`test:pg: ${parts.error}`);
    return 2;
  }
  try {
    await query("SELECT 1");
  } catch (error) {
    console.error(`test:pg: PostgreSQL is not reachable at ${new URL(ADMIN_URL).host} (${(error as Error).message}); start it, or set ATLAS_TEST_PG_URL.`);
    return 1;
  }
  if (parts.unit) {
    const code = await withDatabase("atlas_test", (name) => unitTests(name, parts.unit!));
    if (code !== 0) {
      console.error("test:pg: the Vitest tests failed on PostgreSQL");
      return code;
    }
  }
  if (parts.e2e) {
    const code = await withDatabase("atlas_e2e", (name) => browserTests(name, parts.e2e!));
    if (code !== 0) {
      console.error("test:pg: the Playwright tests failed on PostgreSQL");
      return code;
    }
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:pg: ${(error as Error).message}`);
    process.exit(1);
  },
);
