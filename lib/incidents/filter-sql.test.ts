import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/create-db";
import { IncidentInputSchema } from "./schema";
import { insertIncident } from "./write-incident";
import { buildIncident, buildSource } from "@/prisma/factories";
import { IncidentFilterSchema } from "./filter";
import { filterToWhere } from "./filter-where";
import { containsPattern, dayAfter, filterToSql } from "./filter-sql";

/** filterToSql must select exactly what filterToWhere selects: both run here on a small real database. */
let dir: string;
let db: Db;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "atlas-filter-sql-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  const migrations = path.resolve(__dirname, "../../prisma/migrations");
  for (const m of readdirSync(migrations).filter((d) => /^\d+_/.test(d)).sort()) {
    sqlite.exec(readFileSync(path.join(migrations, m, "migration.sql"), "utf8"));
  }
  sqlite.close();
  db = createDb(`file:${file}`);
  const add = (n: number, overrides: Parameters<typeof buildIncident>[0]) =>
    insertIncident(db, IncidentInputSchema.parse(buildIncident(overrides, n)));
  await add(1, {});
  await add(2, { province: "Balochistan", location: "Quetta", eventDate: "2024-03-17", killed: { total: 2 } as never, eventType: "Battles", subEventType: "Armed clash", suicide: false, attackType: null, weaponType: null, weaponSubtype: null });
  await add(3, { countryIso3: "AFG", province: "Khost", district: null, location: "Khost", eventDate: "2024-03-15", status: "draft", sources: [], killed: { total: null } as never });
  await add(4, { title: "Blast 100% confirmed_by police", eventDate: "2025-01-01", actors: [{ name: "Tehreek-e-Taliban Pakistan", kind: "armed_group", role: "perpetrator", certainty: "claimed" }] });
  await add(5, { summary: "A MIRAN shah market attack", eventDate: "2023-12-31", sources: [buildSource({ headline: "Gunmen strike Wana bazaar" }, 5)] });
  await add(6, { province: null, latitude: null, longitude: null, location: "Somewhere", district: "Tank" });
  const deleted = await add(7, {});
  await db.incident.update({ where: { id: deleted }, data: { deletedAt: new Date() } });
  const ttp = await db.actor.findUniqueOrThrow({ where: { name: "Tehreek-e-Taliban Pakistan" } });
  await db.actorAlias.create({ data: { actorId: ttp.id, alias: "TTP" } });
});

afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const FILTERS: Record<string, unknown>[] = [
  {},
  { province: ["PK-KP"] },
  { province: ["PK-KP", "Balochistan"] },
  { country: ["AFG"] },
  { from: "2024-03-16" },
  { to: "2024-03-16" },
  { from: "2024-03-16", to: "2024-03-16" },
  { from: "2024-01-01", to: "2024-12-31", province: ["PK-BA", "AF-KHO"] },
  { eventType: ["Battles"] },
  { subEventType: ["Suicide bomb", "Armed clash"] },
  { minKilled: "5" },
  { minKilled: "0" },
  { status: "draft" },
  { status: "published" },
  { actor: ["Tehreek-e-Taliban Pakistan"] },
  { actor: ["TTP"] },
  { actor: ["Nobody"] },
  { q: "miran" },
  { q: "wana" },
  { q: "100%" },
  { q: "d_by" },
  { q: "d_bz" },
  { q: "%" },
  { q: "tank" },
  { q: "checkpost", province: ["PK-KP"], minKilled: "1" },
];

const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);

describe("filterToSql agrees with filterToWhere", () => {
  it.each(FILTERS.map((f) => [JSON.stringify(f), f]))("%s", async (_label, raw) => {
    const filter = IncidentFilterSchema.parse(raw);
    const viaPrisma = await db.incident.findMany({ where: filterToWhere(filter), select: { id: true } });
    const viaSql = await db.$queryRaw<{ id: number }[]>`SELECT i."id" AS id FROM "Incident" i WHERE ${filterToSql(filter)}`;
    expect(ids(viaSql.map((r) => ({ id: Number(r.id) })))).toEqual(ids(viaPrisma));
  });

  it("selects something for most filters, so agreement is not vacuous", async () => {
    const filter = IncidentFilterSchema.parse({ q: "miran" });
    expect(await db.incident.count({ where: filterToWhere(filter) })).toBe(1);
  });
});

describe("helpers", () => {
  it("steps a day across months and leap days", () => {
    expect(dayAfter("2024-02-28")).toBe("2024-02-29");
    expect(dayAfter("2024-12-31")).toBe("2025-01-01");
  });
  it("wraps the text like Prisma's contains, wildcards and all", () => expect(containsPattern("100%_a")).toBe("%100%_a%"));
});
