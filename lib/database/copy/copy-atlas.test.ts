import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/create-db";
import { checkRollupsWithClient } from "@/lib/incidents/rollups/check-rollups";
import { checkRollupsInCopy } from "@/lib/incidents/rollups/check-rollups-in-copy";
import { freshDatabase } from "@/tests/fresh-database";
import { pgTestRun } from "@/tests/postgres/pg-test-database";
import { seededAtlasFile } from "@/tests/seeded-atlas-file";
import { copyAtlas } from "./copy-atlas";
import { CopyRefusal } from "./copy-refusal";
import { modelTables } from "./model-tables";

// PostgreSQL only (`npm run test:pg`): the copy's target is the run's fresh database.
const ON_POSTGRES = pgTestRun() !== null;

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Rows in each table of the target but _prisma_migrations (the rollups included): all 0 means nothing was written. */
async function rowsIn(url: string): Promise<Record<string, number>> {
  const tables = await query<{ name: string }>(
    url,
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
  );
  const counts = await query<{ name: string; n: number }>(
    url,
    tables.map(({ name }) => `SELECT '${name}' AS name, count(*)::int AS n FROM "${name}"`).join(" UNION ALL "),
  );
  return Object.fromEntries(counts.map((c) => [c.name, c.n]));
}

/** The message of the refusal a copy ends with (a CopyRefusal: nothing was written). */
async function refusal(copy: Promise<unknown>): Promise<string> {
  const error = await copy.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CopyRefusal);
  return (error as Error).message;
}

const rowsWritten = async (url: string) => Object.entries(await rowsIn(url)).filter(([, n]) => n > 0);

/** Every row of a model through a Prisma client, in an order that does not depend on the database. */
async function allRows(db: Db, model: string): Promise<unknown[]> {
  const delegate = (db as unknown as Record<string, { findMany: () => Promise<unknown[]> }>)[model[0]!.toLowerCase() + model.slice(1)]!;
  const rows = await delegate.findMany();
  return rows
    .map((r) => [JSON.stringify(r), r] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);
}

describe.skipIf(!ON_POSTGRES)("db:copy from SQLite to PostgreSQL", () => {
  let dir: string;
  let source: string;
  const targets: Awaited<ReturnType<typeof freshDatabase>>[] = [];
  const target = () => {
    const t = freshDatabase();
    targets.push(t);
    return t;
  };
  /** A copy of the seeded source file, to spoil for one test. */
  const sourceCopy = (name: string) => {
    const file = path.join(dir, `${name}.db`);
    copyFileSync(source.replace(/^file:/, ""), file);
    return { url: `file:${file}`, sqlite: new Database(file) };
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "atlas-copy-"));
    source = await seededAtlasFile(dir);
  }, 180_000);
  afterEach(async () => {
    for (const t of targets.splice(0)) await t.remove();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("copies every table of the model, field by field, and the triggers build the rollups", async () => {
    const { db: copy, url } = target();
    const report = await copyAtlas({ from: source, to: url }, { checks: checkRollupsInCopy });
    const original = createDb(source);
    try {
      const models = modelTables(original);
      expect(report.tables.map((t) => t.table).sort()).toEqual(models.map((m) => m.table).sort());
      for (const { model } of models) {
        const rows = await allRows(original, model);
        // Every table holds something to copy, so a new model is covered here without a change.
        expect(rows.length, `${model} has rows in the seeded source`).toBeGreaterThan(0);
        expect(await allRows(copy, model), model).toEqual(rows);
      }
      expect(report.tables.every((t) => t.source === t.target && t.keysMatch)).toBe(true);
      const rollups = await checkRollupsWithClient(copy);
      expect(rollups.map((r) => [r.table, r.mismatches])).toEqual(rollups.map((r) => [r.table, 0]));
      expect(rollups.every((r) => r.groups > 0)).toBe(true);
      expect(report.checks.map((c) => [c.name, c.ok])).toEqual(rollups.map((r) => [r.table, true]));
      // The ids go on after the copied ones.
      const last = await original.actor.findFirst({ orderBy: { id: "desc" } });
      expect((await copy.actor.create({ data: { name: "A new group", kind: "armed_group" } })).id).toBe(last!.id + 1);
    } finally {
      await original.$disconnect();
    }
  });

  it("refuses, naming the table, a target that has rows, and writes nothing", async () => {
    const { db, url } = target();
    await db.actor.create({ data: { name: "Already here", kind: "other" } });
    expect(await refusal(copyAtlas({ from: source, to: url }))).toMatch(/^the target is not empty: Actor has rows/);
    expect(await rowsWritten(url)).toEqual([["Actor", 1]]);
  });

  it.each([
    ["is not migrated", `DROP TABLE "_prisma_migrations"`, /is not migrated: run npm run db:migrate with DATABASE_URL=postgresql:\/\/.* first$/],
    [
      "has a pending migration",
      `DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`,
      /has 1 pending migration \(\d+_\w+\): run npm run db:migrate with DATABASE_URL=/,
    ],
    [
      "has a migration this version does not know",
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ('x', 'x', '20991231000000_future', now(), 1)`,
      /has 1 migration this version does not know \(20991231000000_future\)/,
    ],
  ])("refuses a target that %s, and writes nothing", async (_, sql, message) => {
    const { url } = target();
    await query(url, sql);
    expect(await refusal(copyAtlas({ from: source, to: url }))).toMatch(message);
    expect(await rowsWritten(url)).toEqual([]);
  });

  it("refuses a server it cannot reach and a database that does not exist", async () => {
    const { url } = target();
    const elsewhere = new URL(url);
    elsewhere.port = "1";
    expect(await refusal(copyAtlas({ from: source, to: elsewhere.toString() }))).toMatch(/^cannot reach PostgreSQL at 127\.0\.0\.1:1 /);
    const missing = new URL(url);
    missing.pathname = "/atlas_copy_no_such_database";
    expect(await refusal(copyAtlas({ from: source, to: missing.toString() }))).toMatch(/^the database atlas_copy_no_such_database does not exist on /);
  });

  it("refuses a missing source file, a file that is not a migrated Atlas and one with a pending migration", async () => {
    const { url } = target();
    expect(await refusal(copyAtlas({ from: `file:${dir}/missing.db`, to: url }))).toMatch(/^the source .*missing\.db does not exist$/);
    new Database(path.join(dir, "empty.db")).close();
    expect(await refusal(copyAtlas({ from: `file:${dir}/empty.db`, to: url }))).toMatch(/is not a migrated Atlas/);
    const behind = sourceCopy("behind");
    behind.sqlite.exec(`DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`);
    behind.sqlite.close();
    expect(await refusal(copyAtlas({ from: behind.url, to: url }))).toMatch(
      /^the source .* has 1 pending migration .*: run npm run db:migrate with DATABASE_URL=file:/,
    );
    expect(await rowsWritten(url)).toEqual([]);
  });

  it.each([
    // SQLite keeps a NUL character in text; PostgreSQL's text cannot hold one.
    [
      "a value PostgreSQL refuses in a late table",
      `UPDATE "IncidentLink" SET note = 'a' || char(0) || 'b'`,
      /^copying IncidentLink: invalid byte sequence for encoding "UTF8": 0x00/,
    ],
    [
      "a date that is not one",
      `UPDATE "AuditEvent" SET "at" = 'yesterday' WHERE id = (SELECT max(id) FROM "AuditEvent")`,
      /^copying AuditEvent: at of the row with id \d+ is not a date: "yesterday"/,
    ],
  ])("rolls the whole copy back on %s", async (_, spoil, message) => {
    const { url } = target();
    const spoilt = sourceCopy("spoilt");
    spoilt.sqlite.exec(spoil);
    spoilt.sqlite.close();
    const copied: string[] = [];
    await expect(
      copyAtlas(
        { from: spoilt.url, to: url },
        {
          onStep: ({ name, rows }) => {
            if (rows) copied.push(name);
          },
          checks: checkRollupsInCopy,
        },
      ),
    ).rejects.toThrow(message);
    // Incidents and their rollups had been written before it failed.
    expect(copied).toContain("Incident");
    expect(await rowsWritten(url)).toEqual([]);
    // The indexes dropped for the copy are back.
    const [indexes] = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'Incident'`);
    expect(indexes!.n).toBeGreaterThan(10);
  });

  it("says what is wrong in one line and exits with 1 from the command line", () => {
    const run = spawnSync("npx", ["--no-install", "tsx", "scripts/db-copy/db-copy.ts", "--from", "mysql://atlas", "--to", "postgresql://x@127.0.0.1/atlas"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `db:copy: --from must be a SQLite URL such as file:./data/atlas.db (copying from PostgreSQL is not supported); got "mysql://atlas"`,
    );
  }, 60_000);
});
