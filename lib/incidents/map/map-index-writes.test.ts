import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { dialectOf } from "@/lib/database/sql-dialect";
import { freshDatabase } from "@/tests/fresh-database";
import { acledText, importText } from "@/tests/import-helpers";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident, replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { mergeSameEvent } from "@/lib/incidents/links/merge-records";
import { sqlitePath } from "@/lib/incidents/write/sqlite-file";
import { buildIncident } from "@/prisma/factories";
import { IncidentFilterSchema } from "../filter/filter";
import { isKept, mapIndexJob, MAX_PATCHED_CHANGES } from "./map-index-job";
import { runMapIndexJob, type KeptMapIndex } from "./map-index-read";
import type { MapIndex } from "./map-index";
import { clustersInView } from "./map-view";
import { REGION_VIEW } from "./map-view-schema";

/**
 * The map's kept indexes patched after writes of every kind (docs/decisions/027, amendment of
 * 2026-12-06), on a real database: SQLite's change-log triggers, or under `npm run test:pg`
 * PostgreSQL's. After each write every filter's patched index must equal one read from scratch, and
 * so must the clusters served from it.
 */
// Real databases: slower than pure tests, more so on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const database = freshDatabase();
const db = database.db;
const onSqlite = dialectOf(db).kind === "sqlite";
const sqlite = onSqlite ? new Database(sqlitePath(database.url), { readonly: true }) : null;
afterAll(async () => {
  sqlite?.close();
  await database.remove();
});

const FILTERS = {
  published: {},
  every: { status: "all" },
  province: { province: ["PK-KP", "PK-SD"], status: "all" },
  tolls: { minKilled: 5 },
  dates: { from: "2024-02-01", to: "2024-03-31" },
  battles: { eventType: ["Battles"], status: "all" },
  // Not patched (text also matches sources): read again whole, and equal all the same.
  text: { q: "Test incident" },
};
type FilterName = keyof typeof FILTERS;
const filter = (name: FilterName) => IncidentFilterSchema.parse(FILTERS[name]);

/** The index as the server would have it: kept (patched when `previous` is given) or read from scratch. */
async function indexFor(name: FilterName, previous?: KeptMapIndex): Promise<{ kept: KeptMapIndex; patched: boolean }> {
  const job = await mapIndexJob(db, filter(name), previous, sqlite ? sqlitePath(database.url) : null);
  if (isKept(job)) return { kept: job, patched: true };
  return { kept: runMapIndexJob(job, () => sqlite!), patched: job.previous !== undefined };
}

const plain = (index: MapIndex) =>
  Object.fromEntries(Object.entries(index).map(([k, v]) => [k, typeof v === "number" ? v : Array.from(v as ArrayLike<number>)]));
const VIEWS = [REGION_VIEW, { bbox: [70.5, 33, 73, 35] as [number, number, number, number], zoom: 9 }];

const input = (n: number, overrides: Record<string, unknown>) => IncidentInputSchema.parse(buildIncident(overrides as never, n));
const idOf = async (n: number) => (await db.incident.findFirstOrThrow({ where: { title: { startsWith: `Test incident ${n}:` } }, select: { id: true } })).id;
const at = (latitude: number, longitude: number) => ({ latitude, longitude });

const WRITES: [string, () => Promise<unknown>][] = [
  [
    "creates records: published and draft, two at one spot, one without coordinates, tolls known and not",
    async () => {
      const rows = [
        { province: "Khyber Pakhtunkhwa", ...at(34.01, 71.55), killed: { total: 3 }, eventDate: "2024-02-10" },
        { province: "Khyber Pakhtunkhwa", ...at(34.01, 71.55), killed: { total: null }, eventDate: "2024-03-02" },
        { province: "Sindh", ...at(24.86, 67.0), killed: { total: 9 }, eventType: "Battles", subEventType: "Armed clash", eventDate: "2024-01-20" },
        { province: "Balochistan", ...at(30.18, 67.0), killed: { total: 12 }, status: "draft", eventDate: "2024-03-15" },
        { province: "Punjab", latitude: null, longitude: null, killed: { total: 40 }, eventDate: "2024-02-11" },
        { province: "Khyber Pakhtunkhwa", ...at(33.99, 71.5), killed: { total: 6 }, eventDate: "2024-02-20" },
      ];
      for (const [k, row] of rows.entries()) await insertIncident(db, input(k + 1, row));
    },
  ],
  [
    "edits a record as the form does: moved to another province, its toll and date changed",
    async () => {
      const replacement = input(1, { province: "Sindh", ...at(25.4, 68.36), killed: { total: 20 }, eventDate: "2024-03-05" });
      const id = await idOf(1);
      await db.$transaction((tx) => replaceIncidentIn(tx, id, replacement));
    },
  ],
  [
    "edits a column the map does not draw: the title",
    async () => db.incident.update({ where: { id: await idOf(2) }, data: { title: "Test incident 2: renamed" } }),
  ],
  ["gives a record without coordinates a place", async () => db.incident.update({ where: { id: await idOf(5) }, data: at(31.52, 74.35) })],
  ["publishes a draft", async () => db.incident.update({ where: { id: await idOf(4) }, data: { status: "published" } })],
  ["moves a record to the trash", async () => db.incident.update({ where: { id: await idOf(6) }, data: { deletedAt: new Date() } })],
  ["restores it", async () => db.incident.update({ where: { id: await idOf(6) }, data: { deletedAt: null } })],
  [
    "merges a record into another (the other goes to the trash)",
    async () => {
      const [into, other] = [await idOf(2), await idOf(6)];
      const link = await db.incidentLink.create({ data: { fromId: into, toId: other, relation: "same_event" }, select: { id: true } });
      expect(await mergeSameEvent(db, into, link.id, null)).toMatchObject({ status: "merged" });
    },
  ],
  ["purges a live record", async () => db.incident.delete({ where: { id: await idOf(3) } })],
  [
    "purges a record from the trash",
    async () => {
      const id = await idOf(6);
      await db.incident.delete({ where: { id } });
    },
  ],
  [
    "imports records, then imports one of them again, moved (the import's writer)",
    async () => {
      await importText(
        db,
        database.url,
        acledText([
          ["PAK1", "2024-03-16", "Punjab", 7],
          ["PAK2", "2023-12-02", "Sindh", 30],
        ]),
      );
      await importText(db, database.url, acledText([["PAK2", "2024-02-19", "Khyber Pakhtunkhwa", 5]]));
    },
  ],
  ["edits nothing the log sees: a new source of no incident", async () => db.incident.count()],
];

describe("the map's indexes after writes of every kind", () => {
  const kept = new Map<FilterName, KeptMapIndex>();

  it("starts from whole reads of an empty Atlas", async () => {
    for (const name of Object.keys(FILTERS) as FilterName[]) {
      const { kept: index, patched } = await indexFor(name);
      expect([index.index.count, patched]).toEqual([0, false]);
      kept.set(name, index);
    }
  });

  it.each(WRITES)("%s: each filter's patched index equals a whole read", async (_, write) => {
    await write();
    for (const name of Object.keys(FILTERS) as FilterName[]) {
      const { kept: next, patched } = await indexFor(name, kept.get(name));
      const { kept: whole } = await indexFor(name);
      expect(patched, name).toBe(name !== "text");
      // PostgreSQL's positions are snapshots, which other databases' transactions on the server move too.
      if (onSqlite) expect(next.position, name).toBe(whole.position);
      expect(plain(next.index), name).toEqual(plain(whole.index));
      for (const view of VIEWS) expect(clustersInView(next.index, view), name).toEqual(clustersInView(whole.index, view));
      kept.set(name, next);
    }
  });

  it("has seen the writes: the filters hold what the records say", async () => {
    const [published, every] = [kept.get("published")!, kept.get("every")!];
    expect(every.index.count).toBe(await db.incident.count({ where: { deletedAt: null, latitude: { not: null } } }));
    expect(published.index.count).toBe(await db.incident.count({ where: { deletedAt: null, status: "published", latitude: { not: null } } }));
    expect(published.index.count).toBeGreaterThan(3);
  });

  it("reads an index again whole when too much changed since, or the log no longer reaches back", async () => {
    const published = kept.get("published")!;
    const whole = async (previous: KeptMapIndex) => {
      const { kept: next, patched } = await indexFor("published", previous);
      expect(plain(next.index)).toEqual(plain(published.index));
      return patched;
    };
    if (onSqlite) {
      expect(await whole({ ...published, position: String(-MAX_PATCHED_CHANGES) })).toBe(false);
      expect(await whole({ ...published, position: "1" })).toBe(true);
    } else {
      // A snapshot that saw none of the writes: all of them are pending, and patched in.
      expect(await whole({ ...published, position: "1:1:" })).toBe(true);
      // A trim of entries that snapshot had not seen: the log no longer holds them.
      await db.$executeRawUnsafe(`INSERT INTO "IncidentChangeTrim" ("trimmed") VALUES (pg_current_xact_id())`);
      expect(await whole({ ...published, position: "1:1:" })).toBe(false);
    }
  });

  it("keeps the log bounded: a write trims the entries far behind the newest", async () => {
    await db.$executeRawUnsafe(`INSERT INTO "IncidentChange" ("seq", "incidentId") VALUES (204799, 1)`);
    if (!onSqlite) await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"IncidentChange"', 'seq'), 204799)`);
    await db.incident.update({ where: { id: await idOf(2) }, data: { title: "Test incident 2: once more" } });
    const [row] = await db.$queryRawUnsafe<{ oldest: number | bigint }[]>(`SELECT min("seq") AS oldest FROM "IncidentChange"`);
    expect(Number(row!.oldest)).toBeGreaterThan(204799 - 100_000);
  });
});
