import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { dialectOf } from "@/lib/database/sql-dialect";
import { openSqlite } from "@/lib/incidents/write/sqlite-file";
import { freshDatabase } from "@/tests/fresh-database";
import { acledText, importText } from "@/tests/import-helpers";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident, replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { mergeSameEvent } from "@/lib/incidents/links/merge-records";
import { buildIncident } from "@/prisma/factories";
import { checkRollupsWithClient } from "./check-rollups";
import { KILLED_THRESHOLDS } from "./rollup-definitions";

/**
 * IncidentPerpetratorMonthRollup and IncidentPerpetratorMonthTotalRollup (decision 025, amendment of 2026-12-06) kept by their triggers on
 * IncidentActor and Incident through writes of every kind, one at a time, on a real database:
 * SQLite's triggers, or under `npm run test:pg` PostgreSQL's. After each write it must equal a count
 * made here in JavaScript from what Prisma reads, and the recount `db:check-rollups` runs.
 */
// Real databases: slower than pure tests, more so on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const database = freshDatabase();
const db = database.db;
afterAll(() => database.remove());

type Row = Record<string, string | number>;
const [TTP, BLA, ISK] = ["Tehreek-e-Taliban Pakistan", "Balochistan Liberation Army", "Islamic State Khorasan"];

/** The fine rollup's key columns, and the total's (month, actor, country and status only). */
const GRAINS = {
  fine: { table: "IncidentPerpetratorMonthRollup", keys: ["month", "actorId", "provinceIso", "countryIso3", "eventType", "status"] },
  total: { table: "IncidentPerpetratorMonthTotalRollup", keys: ["month", "actorId", "countryIso3", "status"] },
};
type Grain = keyof typeof GRAINS;

/** A rollup's rows as the incidents outside the trash and their perpetrator links give them, counted here. */
async function countedHere(grain: Grain): Promise<Row[]> {
  const incidents = await db.incident.findMany({
    where: { deletedAt: null },
    select: {
      eventDate: true,
      provinceIso: true,
      countryIso3: true,
      eventType: true,
      status: true,
      killedTotal: true,
      actors: { where: { role: "perpetrator" }, select: { actorId: true } },
    },
  });
  const groups = new Map<string, Row>();
  for (const i of incidents) {
    for (const { actorId } of i.actors) {
      const month = i.eventDate.toISOString().slice(0, 7);
      const all: Row = { month, actorId, provinceIso: i.provinceIso ?? "", countryIso3: i.countryIso3, eventType: i.eventType, status: i.status };
      const group = Object.fromEntries(GRAINS[grain].keys.map((k) => [k, all[k]!]));
      const id = JSON.stringify(group);
      const row = groups.get(id) ?? {
        ...group,
        count: 0,
        killed: 0,
        ...Object.fromEntries(
          KILLED_THRESHOLDS.flatMap((t) => [
            [`count${t}`, 0],
            [`killed${t}`, 0],
          ]),
        ),
      };
      (row.count as number) += 1;
      (row.killed as number) += i.killedTotal ?? 0;
      // An unknown toll reaches no threshold, as "killedTotal" >= t is not true in SQL.
      for (const t of KILLED_THRESHOLDS) {
        if (i.killedTotal === null || i.killedTotal < t) continue;
        (row[`count${t}`] as number) += 1;
        (row[`killed${t}`] as number) += i.killedTotal;
      }
      groups.set(id, row);
    }
  }
  return sorted([...groups.values()]);
}

/** The stored rows, but for groups emptied to zero (the triggers leave those behind). */
async function stored(grain: Grain): Promise<Row[]> {
  const rows = await db.$queryRawUnsafe<Row[]>(`SELECT * FROM "${GRAINS[grain].table}" WHERE "count" <> 0 OR "killed" <> 0`);
  return sorted(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]))));
}

const groupOf = (r: Row) => [r.month, String(r.actorId).padStart(6, "0"), r.provinceIso, r.countryIso3, r.eventType, r.status].join(" | ");
const sorted = (rows: Row[]) => rows.sort((a, b) => groupOf(a).localeCompare(groupOf(b)));

const perpetrator = (name: string) => ({ name, kind: "armed_group", role: "perpetrator", certainty: "claimed" }) as const;
const target = (name: string) => ({ name, kind: "armed_group", role: "target", certainty: "alleged" }) as const;
const input = (n: number, overrides: Record<string, unknown>) => IncidentInputSchema.parse(buildIncident(overrides as never, n));
const idOf = async (n: number) => (await db.incident.findFirstOrThrow({ where: { title: { startsWith: `Test incident ${n}:` } }, select: { id: true } })).id;
const actorId = async (name: string) => (await db.actor.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;

/** Writes of every kind that add, remove or move perpetrator links between the rollup's groups. */
const WRITES: [string, () => Promise<unknown>][] = [
  [
    "creates records with none, one and two perpetrators, a target, a draft and an unknown toll",
    async () => {
      const casts = [[], [perpetrator(TTP)], [perpetrator(TTP), perpetrator(BLA)], [perpetrator(BLA), target(TTP)], [perpetrator(ISK)]];
      for (const [k, actors] of casts.entries()) {
        const eventDate = `2024-0${1 + (k % 3)}-1${k}`;
        const province = ["Punjab", "Balochistan", "Khyber Pakhtunkhwa", null][k % 4];
        const killed = { total: k === 4 ? null : k * 3 };
        await insertIncident(db, input(k + 1, { eventDate, province, status: k === 3 ? "draft" : "published", killed, actors }));
      }
    },
  ],
  [
    "replaces a record's perpetrators, date and toll as the form does",
    async () => {
      const id = await idOf(3);
      const replacement = input(3, { eventDate: "2024-04-02", province: "Sindh", killed: { total: 8 }, actors: [perpetrator(ISK), target(BLA)] });
      await db.$transaction((tx) => replaceIncidentIn(tx, id, replacement));
    },
  ],
  ["turns a perpetrator into a target", async () => db.incidentActor.updateMany({ where: { incidentId: await idOf(2) }, data: { role: "target" } })],
  [
    "turns a target into a perpetrator",
    async () => db.incidentActor.updateMany({ where: { incidentId: await idOf(4), role: "target" }, data: { role: "perpetrator" } }),
  ],
  ["names another actor on a link", async () => db.incidentActor.updateMany({ where: { incidentId: await idOf(5) }, data: { actorId: await actorId(BLA) } })],
  ["removes a perpetrator link", async () => db.incidentActor.deleteMany({ where: { incidentId: await idOf(4), actorId: await actorId(BLA) } })],
  ["edits a counted column: the toll", async () => db.incident.update({ where: { id: await idOf(3) }, data: { killedTotal: 40 } })],
  [
    "edits a column it does not count: the title",
    async () => db.incident.update({ where: { id: await idOf(3) }, data: { title: "Test incident 3: renamed" } }),
  ],
  ["publishes a draft", async () => db.incident.update({ where: { id: await idOf(4) }, data: { status: "published" } })],
  ["moves a record to the trash", async () => db.incident.update({ where: { id: await idOf(5) }, data: { deletedAt: new Date() } })],
  [
    "adds a perpetrator and edits the date while it is in the trash (counts nowhere)",
    async () => {
      const id = await idOf(5);
      await db.incidentActor.create({ data: { incidentId: id, actorId: await actorId(TTP), role: "perpetrator", certainty: "alleged" } });
      await db.incident.update({ where: { id }, data: { eventDate: new Date("2023-12-24T00:00:00Z") } });
    },
  ],
  ["restores it", async () => db.incident.update({ where: { id: await idOf(5) }, data: { deletedAt: null } })],
  [
    "merges a record into another (the other goes to the trash, its perpetrators added)",
    async () => {
      const [into, other] = [await idOf(1), await idOf(5)];
      const link = await db.incidentLink.create({ data: { fromId: into, toId: other, relation: "same_event" }, select: { id: true } });
      expect(await mergeSameEvent(db, into, link.id, null)).toMatchObject({ status: "merged" });
    },
  ],
  ["deletes a live record", async () => db.incident.delete({ where: { id: await idOf(4) } })],
  [
    "deletes a record from the trash",
    async () => {
      const id = await idOf(3);
      await db.incident.update({ where: { id }, data: { deletedAt: new Date() } });
      await db.incident.delete({ where: { id } });
    },
  ],
  [
    "imports records with perpetrators, then moves one and names another perpetrator (the import's writer)",
    async () => {
      await importText(
        db,
        database.url,
        acledText([
          ["PAK1", "2024-03-16", "Punjab", 7, TTP],
          ["PAK2", "2023-12-02", "Sindh", 30, "Lashkar-e-Jhangvi"],
        ]),
      );
      await importText(db, database.url, acledText([["PAK2", "2024-02-19", "Khyber Pakhtunkhwa", 5, BLA]]));
    },
  ],
];

describe("the perpetrator rollup after each write", () => {
  it("is empty in an empty Atlas", async () => expect([await stored("fine"), await stored("total")]).toEqual([[], []]));

  for (const [label, write] of WRITES) {
    it(`equals a recount after it ${label}`, async () => {
      await write();
      for (const grain of ["fine", "total"] as const) expect(await stored(grain), grain).toEqual(await countedHere(grain));
      const checks = (await checkRollupsWithClient(db)).filter((c) => c.table.startsWith("IncidentPerpetrator"));
      expect(checks.map((c) => [c.table, c.mismatches])).toEqual([
        ["IncidentPerpetratorMonthRollup", 0],
        ["IncidentPerpetratorMonthTotalRollup", 0],
      ]);
    });
  }

  it("counts what the writes leave (checked by hand)", async () => {
    const [rows, totals] = [await stored("fine"), await stored("total")];
    expect(rows.length).toBeGreaterThanOrEqual(totals.length);
    expect(totals.length).toBeGreaterThan(3);
    expect(totals.reduce((t, r) => t + (r.count as number), 0)).toBe(rows.reduce((t, r) => t + (r.count as number), 0));
    expect(rows.reduce((t, r) => t + (r.count as number), 0)).toBe(
      await db.incidentActor.count({ where: { role: "perpetrator", incident: { deletedAt: null } } }),
    );
  });
});

/** The migrations that made the rollup on each database, then gave it a pair of columns per threshold. */
const MIGRATIONS = {
  sqlite: ["prisma/migrations/20261212100000_trends_perpetrator_rollup", "prisma/migrations/20261213100000_trends_killed_rollups"],
  postgresql: ["prisma/postgres/migrations/20261212200000_trends_perpetrator_rollup", "prisma/postgres/migrations/20261213200000_trends_killed_rollups"],
};
/** PostgreSQL's functions for it (dropping a trigger function with CASCADE drops its triggers). */
const PG_FUNCTIONS = ["IncidentActor_perpetrator_rollup_trigger", "Incident_perpetrator_rollup_trigger", "Incident_perpetrator_rollup_add"];

/** Takes the rollup out (table, triggers, functions) and runs its migrations again, as on a database that held incidents before them. */
async function migrateAgain(): Promise<void> {
  const kind = dialectOf(db).kind;
  const sql = MIGRATIONS[kind].map((m) => readFileSync(path.resolve(m, "migration.sql"), "utf8")).join("\n");
  const table = `DROP TABLE "IncidentPerpetratorMonthRollup"; DROP TABLE "IncidentPerpetratorMonthTotalRollup";`;
  if (kind === "sqlite") {
    const sqlite = openSqlite(database.url);
    try {
      const triggers = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%perpetrator_rollup%'`).all() as { name: string }[];
      expect(triggers).toHaveLength(7);
      sqlite.exec(triggers.map((t) => `DROP TRIGGER "${t.name}";`).join("\n") + table);
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
    await client.query(`BEGIN; ${functions} ${table} ${sql}; COMMIT;`);
  } finally {
    await client.end();
  }
}

describe("the perpetrator rollup's migration", () => {
  it("fills it from the incidents a database already holds, and the triggers go on keeping it", async () => {
    const before = [await stored("fine"), await stored("total")];
    expect(before[1]!.length).toBeGreaterThan(3);
    await migrateAgain();
    expect([await stored("fine"), await stored("total")]).toEqual(before);
    await db.incidentActor.updateMany({ where: { role: "perpetrator", actor: { name: TTP } }, data: { actorId: await actorId(ISK) } });
    await db.incident.updateMany({ where: { deletedAt: null }, data: { eventDate: new Date("2022-07-01T00:00:00Z") } });
    expect([await stored("fine"), await stored("total")]).toEqual([await countedHere("fine"), await countedHere("total")]);
  });
});
