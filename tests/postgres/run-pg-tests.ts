import { spawnSync } from "node:child_process";
import pg from "pg";
import { databaseUrl, testDatabaseName } from "./pg-test-database";

/**
 * `npm run test:pg`: the Vitest tests that touch the database, on PostgreSQL (docs/decisions/029).
 * Creates atlas_test_<random> on the server, migrates it with `prisma migrate deploy`, runs the tests
 * of tests/postgres/pg-test-files.ts (each test file copies that database, tests/fresh-database.ts),
 * then drops every database of the run. ATLAS_TEST_PG_URL names the server (default: the local one).
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

async function main(): Promise<number> {
  const where = new URL(ADMIN_URL).host;
  try {
    await query("SELECT 1");
  } catch (error) {
    console.error(`test:pg: PostgreSQL is not reachable at ${where} (${(error as Error).message}); start it, or set ATLAS_TEST_PG_URL.`);
    return 1;
  }
  const template = testDatabaseName();
  await query(`CREATE DATABASE "${template}"`);
  console.log(`test:pg: database ${template} on ${where}`);
  try {
    const migrated = run("npx", ["--no-install", "prisma", "migrate", "deploy"], {
      DATABASE_URL: databaseUrl(ADMIN_URL, template),
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    });
    if (migrated !== 0) {
      console.error("test:pg: the PostgreSQL migrations failed");
      return migrated;
    }
    return run("npx", ["--no-install", "vitest", "run", "--config", "vitest.pg.config.mts", ...process.argv.slice(2)], {
      ATLAS_TEST_PG_TEMPLATE: template,
      ATLAS_TEST_PG_ADMIN_URL: ADMIN_URL,
    });
  } finally {
    // The template and every copy a test file left (a failed file may not have dropped its own).
    const { rows } = await query(`SELECT datname FROM pg_database WHERE datname = '${template}' OR datname LIKE '${template}\\_%'`);
    for (const { datname } of rows as { datname: string }[]) await query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:pg: ${(error as Error).message}`);
    process.exit(1);
  },
);
