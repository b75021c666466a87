import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NO_MISMATCHES } from "@/tests/rollup-tables";
import { dialectOf } from "@/lib/database/sql-dialect";
import { openSqlite } from "@/lib/incidents/write/sqlite-file";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { acledText, importText } from "@/tests/import-helpers";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident, replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { buildIncident } from "@/prisma/factories";
import { checkRollupsWithClient } from "./check-rollups";
import { KILLED_THRESHOLDS, VICTIM_COLUMNS } from "./rollup-definitions";

/**
 * The killed rollups (IncidentMonthKilledRollup, IncidentDayKilledRollup) kept by their triggers
 * through writes of every kind, one at a time, on a real database: SQLite's triggers, or under `npm
 * run test:pg` PostgreSQL's (decision 029). After each write they must equal both the recount that
 * `db:check-rollups` runs and a count made here in JavaScript from the incidents Prisma reads.
 */
// Real databases: slower than pure tests, more so on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const database = freshDatabase();
const db = database.db;
afterAll(() => database.remove());

type Row = Record<string, string | number>;
const PERIODS = { month: { table: "IncidentMonthKilledRollup", length: 7 }, day: { table: "IncidentDayKilledRollup", length: 10 } };

/** The rollup's rows as the incidents outside the trash with a reported toll give them, counted here. */
async function countedHere(period: keyof typeof PERIODS): Promise<Row[]> {
  const incidents = await db.incident.findMany({
    where: { deletedAt: null, killedTotal: { not: null } },
    select: {
      eventDate: true,
      provinceIso: true,
      countryIso3: true,
      eventType: true,
      status: true,
      killedTotal: true,
      killedSecurity: true,
      killedCivilians: true,
      killedMilitants: true,
    },
  });
  // The monthly rollup also holds the victims' split per threshold (decision 025, 2026-12-06).
  const victims = period === "month" ? Object.entries(VICTIM_COLUMNS) : [];
  const groups = new Map<string, Row>();
  for (const i of incidents) {
    const key = { [period]: i.eventDate.toISOString().slice(0, PERIODS[period].length), provinceIso: i.provinceIso ?? "", countryIso3: i.countryIso3 };
    const group = { ...key, eventType: i.eventType, status: i.status };
    const id = JSON.stringify(group);
    const row = groups.get(id) ?? {
      ...group,
      ...Object.fromEntries(
        KILLED_THRESHOLDS.flatMap((t) => [
          [`count${t}`, 0],
          [`killed${t}`, 0],
        ]),
      ),
      ...Object.fromEntries(victims.flatMap(([name]) => KILLED_THRESHOLDS.map((t) => [`${name}${t}`, 0]))),
    };
    for (const t of KILLED_THRESHOLDS) {
      if (i.killedTotal! < t) continue;
      (row[`count${t}`] as number) += 1;
      (row[`killed${t}`] as number) += i.killedTotal!;
      for (const [name, column] of victims) (row[`${name}${t}`] as number) += i[column] ?? 0;
    }
    groups.set(id, row);
  }
  return sorted([...groups.values()]);
}

/** The rollup's stored rows, but for groups emptied to zero (the triggers leave those behind). */
async function stored(period: keyof typeof PERIODS): Promise<Row[]> {
  const rows = await db.$queryRawUnsafe<Row[]>(`SELECT * FROM "${PERIODS[period].table}" WHERE "count0" <> 0 OR "killed0" <> 0`);
  return sorted(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]))));
}

const groupOf = (r: Row) => [r.month ?? r.day, r.provinceIso, r.countryIso3, r.eventType, r.status].join(" | ");
const sorted = (rows: Row[]) => rows.sort((a, b) => groupOf(a).localeCompare(groupOf(b)));

async function idOf(n: number): Promise<number> {
  const { id } = await db.incident.findFirstOrThrow({ where: { title: { startsWith: `Test incident ${n}:` } }, select: { id: true } });
  return id;
}

/** As the form and the API replace a record: the id read first, then one write transaction. */
async function replace(n: number, data: ReturnType<typeof input>) {
  const id = await idOf(n);
  await db.$transaction((tx) => replaceIncidentIn(tx, id, data));
}

const input = (n: number, overrides: Record<string, unknown>) => IncidentInputSchema.parse(buildIncident(overrides as never, n));
/** Writes of every kind that move an incident into, out of or between the killed rollups' groups and thresholds. */
const WRITES: [string, (db: Db) => Promise<unknown>][] = [
  [
    "creates with tolls on every side of the thresholds, an unknown toll and a draft",
    async () => {
      const tolls = [0, 1, 2, 4, 5, 12, 20, 49, 50, 100, 250, null];
      for (const [k, total] of tolls.entries()) {
        const eventDate = `2024-0${1 + (k % 3)}-${String(10 + k).padStart(2, "0")}`;
        const province = ["Punjab", "Balochistan", "Khyber Pakhtunkhwa", null][k % 4];
        await insertIncident(db, input(k + 1, { eventDate, province, status: k === 3 ? "draft" : "published", killed: { total } }));
      }
      // Two on one day and province: one group with two incidents.
      await insertIncident(db, input(13, { eventDate: "2024-01-10", province: "Punjab", killed: { total: 3 } }));
    },
  ],
  [
    "edits a toll up across thresholds (4 to 25)",
    async () => replace(4, input(4, { eventDate: "2024-01-13", province: "Khyber Pakhtunkhwa", status: "draft", killed: { total: 25 } })),
  ],
  ["edits a toll down (100 to 3)", async () => db.incident.update({ where: { id: await idOf(10) }, data: { killedTotal: 3 } })],
  [
    "splits a toll among the victims, then edits one part alone",
    async () => {
      const id = await idOf(11);
      await db.incident.update({ where: { id }, data: { killedSecurity: 20, killedCivilians: 25, killedMilitants: 0 } });
      await db.incident.update({ where: { id }, data: { killedCivilians: 30 } });
    },
  ],
  ["sets a toll to unknown", async () => db.incident.update({ where: { id: await idOf(6) }, data: { killedTotal: null } })],
  ["reports a toll that was unknown", async () => db.incident.update({ where: { id: await idOf(12) }, data: { killedTotal: 60 } })],
  ["moves a date within its month", async () => db.incident.update({ where: { id: await idOf(2) }, data: { eventDate: new Date("2024-02-27T00:00:00Z") } })],
  [
    "moves a date to another month and year",
    async () => db.incident.update({ where: { id: await idOf(9) }, data: { eventDate: new Date("2023-11-05T00:00:00Z") } }),
  ],
  [
    "edits province, event type and toll at once",
    async () =>
      replace(
        13,
        input(13, {
          eventDate: "2024-01-10",
          province: "Balochistan",
          eventType: "Battles",
          subEventType: "Armed clash",
          suicide: false,
          killed: { total: 11 },
        }),
      ),
  ],
  ["publishes a draft", async () => db.incident.update({ where: { id: await idOf(4) }, data: { status: "published" } })],
  ["sends a published record back to review", async () => db.incident.update({ where: { id: await idOf(5) }, data: { status: "in_review" } })],
  ["moves a record to the trash", async () => db.incident.update({ where: { id: await idOf(11) }, data: { deletedAt: new Date() } })],
  [
    "edits a record in the trash (counts nowhere)",
    async () => db.incident.update({ where: { id: await idOf(11) }, data: { killedTotal: 7, eventDate: new Date("2024-03-01T00:00:00Z") } }),
  ],
  ["restores it", async () => db.incident.update({ where: { id: await idOf(11) }, data: { deletedAt: null } })],
  [
    "edits two records in one statement (25 and 60, leaving the tolls on thresholds as they are)",
    async () => db.incident.updateMany({ where: { killedTotal: { in: [25, 60] } }, data: { killedTotal: { increment: 1 } } }),
  ],
  ["saves a record unchanged", async () => replace(3, input(3, { eventDate: "2024-03-12", province: "Khyber Pakhtunkhwa", killed: { total: 2 } }))],
  ["deletes a live record", async () => db.incident.delete({ where: { id: await idOf(8) } })],
  [
    "deletes a record from the trash",
    async () => {
      const id = await idOf(1);
      await db.incident.update({ where: { id }, data: { deletedAt: new Date() } });
      await db.incident.delete({ where: { id } });
    },
  ],
  [
    "imports a new record and an update (the import's writer)",
    async () => {
      await importText(
        db,
        database.url,
        acledText([
          ["PAK1", "2024-03-16", "Punjab", 7],
          ["PAK2", "2023-12-02", "Sindh", 30],
        ]),
      );
      // PAK2 again: another month, province and threshold.
      await importText(db, database.url, acledText([["PAK2", "2024-02-19", "Khyber Pakhtunkhwa", 5]]));
    },
  ],
];

describe("the killed rollups after each write", () => {
  beforeAll(async () => {
    // An empty Atlas has empty rollups.
    expect([await stored("month"), await stored("day")]).toEqual([[], []]);
  });

  for (const [label, write] of WRITES) {
    it(`equal a recount after it ${label}`, async () => {
      await write(db);
      for (const period of ["month", "day"] as const) expect(await stored(period), `${period}s`).toEqual(await countedHere(period));
      const checks = await checkRollupsWithClient(db);
      expect(checks.map((c) => [c.table, c.mismatches])).toEqual(NO_MISMATCHES);
    });
  }

  it("hold the figures the writes leave (checked by hand)", async () => {
    const published = (await stored("month")).filter((r) => r.status === "published");
    const sum = (column: string) => published.reduce((t, r) => t + (r[column] as number), 0);
    const tolls = (
      await db.incident.findMany({ where: { deletedAt: null, status: "published", killedTotal: { not: null } }, select: { killedTotal: true } })
    ).map((i) => i.killedTotal!);
    expect(tolls.length).toBeGreaterThan(8);
    for (const t of KILLED_THRESHOLDS) {
      expect([sum(`count${t}`), sum(`killed${t}`)], `at least ${t}`).toEqual([
        tolls.filter((k) => k >= t).length,
        tolls.filter((k) => k >= t).reduce((a, b) => a + b, 0),
      ]);
    }
  });
});

/** The migrations that made the killed rollups on each database, then gave the monthly one the victims' split. */
const KILLED_MIGRATIONS = {
  sqlite: ["prisma/migrations/20261210100000_overview_killed_rollup", "prisma/migrations/20261213100000_trends_killed_rollups"],
  postgresql: ["prisma/postgres/migrations/20261211000000_killed_rollups", "prisma/postgres/migrations/20261213200000_trends_killed_rollups"],
};
/** PostgreSQL's functions for them (dropping a trigger function with CASCADE drops its triggers). */
const PG_FUNCTIONS = [
  "Incident_month_killed_rollup_trigger",
  "Incident_day_killed_rollup_trigger",
  "Incident_month_killed_rollup_add",
  "Incident_day_killed_rollup_add",
];

/** Takes the killed rollups out (tables, triggers, functions) and runs their migrations again, as on a database that held incidents before it. */
async function migrateKilledRollupsAgain(): Promise<void> {
  const kind = dialectOf(db).kind;
  const sql = KILLED_MIGRATIONS[kind].map((m) => readFileSync(path.resolve(m, "migration.sql"), "utf8")).join("\n");
  const tables = `DROP TABLE "IncidentMonthKilledRollup"; DROP TABLE "IncidentDayKilledRollup";`;
  if (kind === "sqlite") {
    // SQLite drops a table's triggers with it only when they are on that table: these are on Incident.
    const sqlite = openSqlite(database.url);
    try {
      const triggers = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%killed_rollup%'`).all() as { name: string }[];
      expect(triggers).toHaveLength(8);
      sqlite.exec(triggers.map((t) => `DROP TRIGGER "${t.name}";`).join("\n") + tables);
      sqlite.exec(sql);
    } finally {
      sqlite.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const functions = PG_FUNCTIONS.map((f) => `DROP FUNCTION "${f}" CASCADE;`).join("\n");
    await client.query(`BEGIN; ${functions} ${tables} ${sql}; COMMIT;`);
  } finally {
    await client.end();
  }
}

describe("the killed rollups' migration", () => {
  it("fills them from the incidents a database already holds, and the triggers go on keeping them", async () => {
    const before = [await stored("month"), await stored("day")];
    expect(before[1]!.length).toBeGreaterThan(8);
    await migrateKilledRollupsAgain();
    expect([await stored("month"), await stored("day")]).toEqual(before);
    expect(before).toEqual([await countedHere("month"), await countedHere("day")]);
    await db.incident.update({ where: { id: await idOf(2) }, data: { killedTotal: 55, eventDate: new Date("2024-06-30T00:00:00Z") } });
    expect([await stored("month"), await stored("day")]).toEqual([await countedHere("month"), await countedHere("day")]);
  });
});
