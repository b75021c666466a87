import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { pgTestRun } from "@/tests/postgres/pg-test-database";
import { IncidentInputSchema } from "../schema";
import { insertIncident } from "../write/write-incident";
import { buildIncident, buildSource } from "@/prisma/factories";
import { IncidentFilterSchema } from "./filter";
import { filterToWhere } from "./filter-where";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { IncidentFilter } from "./filter";
import { addDays } from "@/lib/dates/iso-date";
import { containsPattern, filterToSql, hasTrigram, type TextSearchPlan } from "./filter-sql";
import { textAndActorMatches, textSearchPlan } from "./text-search-plan";
import { withAtlasActorNames } from "./actor-names";
import { literalContainsPattern, literalPattern } from "./actor-match";

/** filterToSql must select exactly what filterToWhere selects: both run here on a small real database. */
let database: ReturnType<typeof freshDatabase>;
let db: Db;
// The same tests run on PostgreSQL under `npm run test:pg` (docs/decisions/029).
const ON_POSTGRES = pgTestRun() !== null;
const whereFor = (f: IncidentFilter) => filterToWhere(f, dialectOf(db).kind);
/** filterToSql as the app calls it: with the text plan of the database the test runs on. */
const sqlFor = async (f: IncidentFilter) => filterToSql(f, await textSearchPlan(db, f));

beforeAll(async () => {
  database = freshDatabase();
  db = database.db;
  const add = (n: number, overrides: Parameters<typeof buildIncident>[0]) => insertIncident(db, IncidentInputSchema.parse(buildIncident(overrides, n)));
  await add(1, {});
  await add(2, {
    province: "Balochistan",
    location: "Quetta",
    eventDate: "2024-03-17",
    killed: { total: 2 } as never,
    eventType: "Battles",
    subEventType: "Armed clash",
    suicide: false,
    attackType: null,
    weaponType: null,
    weaponSubtype: null,
  });
  await add(3, {
    countryIso3: "AFG",
    province: "Khost",
    district: null,
    location: "Khost",
    eventDate: "2024-03-15",
    status: "draft",
    sources: [],
    killed: { total: null } as never,
  });
  await add(4, {
    title: "Blast 100% confirmed_by police",
    eventDate: "2025-01-01",
    actors: [{ name: "Tehreek-e-Taliban Pakistan", kind: "armed_group", role: "perpetrator", certainty: "claimed" }],
  });
  await add(5, { summary: "A MIRAN shah market attack", eventDate: "2023-12-31", sources: [buildSource({ headline: "Gunmen strike Wana bazaar" }, 5)] });
  await add(6, { province: null, latitude: null, longitude: null, location: "Somewhere", district: "Tank" });
  const deleted = await add(7, {});
  await db.incident.update({ where: { id: deleted }, data: { deletedAt: new Date() } });
  const ttp = await db.actor.findUniqueOrThrow({ where: { name: "Tehreek-e-Taliban Pakistan" } });
  await db.actorAlias.create({ data: { actorId: ttp.id, alias: "TTP" } });
  // Names with LIKE's wildcards in them, which the actor filter must take literally.
  await add(11, { eventDate: "2024-05-05", actors: [{ name: "Lashkar_100% Front", kind: "armed_group", role: "perpetrator", certainty: "claimed" }] });
  await add(12, { eventDate: "2024-05-06", actors: [{ name: "LashkarX100 Front", kind: "armed_group", role: "perpetrator", certainty: "claimed" }] });
  // A name that holds another actor's whole name.
  await add(13, { eventDate: "2024-05-07", actors: [{ name: "LashkarX100 Front Command", kind: "armed_group", role: "perpetrator", certainty: "claimed" }] });
  await add(8, { title: "Émile Street blast", summary: "", location: "Ab", district: null, eventDate: "2024-06-01" });
  // Two reports that give different tolls: figures disputed.
  const toll = (n: number, value: number) => ({ ...buildSource({}, n), report: { originator: null, figures: { "killed.total": { value, quote: null } } } });
  await add(9, { eventDate: "2024-02-02", sources: [toll(91, 7), toll(92, 9)] });
  // A word only a source's archived copy holds.
  await add(10, { eventDate: "2024-04-04", sources: [{ ...buildSource({}, 101), archivedText: "Shops in Spinwam closed after the attack." }] });
});

afterAll(() => database.remove());

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
  { eventType: ["Battles", "Explosions/Remote violence"] },
  { eventType: ["Battles", "Riots"], subEventType: ["Armed clash"] },
  { subEventType: ["Suicide bomb", "Armed clash"] },
  { minKilled: "5" },
  { minKilled: "0" },
  { status: "draft" },
  { status: "published" },
  { status: "in_review" },
  { status: "all" },
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
  { disputed: "true" },
  { disputed: "false" },
  { disputed: "true", province: ["PK-BA"] },
  // Free text runs on the trigram index: 1-2 characters and wildcard-split runs scan it instead, and
  // the recheck keeps LIKE's ASCII-only case folding (É is not é).
  { q: "a" },
  { q: "Ab" },
  { q: "zz" },
  { q: "_" },
  { q: "wan_ b" },
  { q: "WANA BAZAAR" },
  { q: "report 5 on" },
  { q: "émile" },
  { q: "Émile" },
  { q: "mir ali" },
  { q: "Nowhere at all" },
  { q: "spinwam" },
];

const PLANS: TextSearchPlan[] = (["index", "scan"] as const).flatMap((incidents) =>
  (["index", "scan"] as const).map((headlines) => ({ incidents, headlines })),
);

const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);

describe("filterToSql agrees with filterToWhere", () => {
  it.each(FILTERS.map((f) => [JSON.stringify(f), f]))("%s", async (_label, raw) => {
    const filter = IncidentFilterSchema.parse(raw);
    const viaPrisma = await db.incident.findMany({ where: whereFor(filter), select: { id: true } });
    const viaSql = await db.$queryRaw<{ id: number }[]>`SELECT i."id" AS id FROM "Incident" i WHERE ${await sqlFor(filter)}`;
    expect(ids(viaSql.map((r) => ({ id: Number(r.id) })))).toEqual(ids(viaPrisma));
    // Every text search plan selects the same rows: the plan is only about speed.
    for (const plan of PLANS.map((p) => ({ ...p, database: dialectOf(db).kind }))) {
      const planned = await db.$queryRaw<{ id: number }[]>`SELECT i."id" AS id FROM "Incident" i WHERE ${filterToSql(filter, plan)}`;
      expect(ids(planned.map((r) => ({ id: Number(r.id) })))).toEqual(ids(viaPrisma));
    }
    // The text's and actors' matches read once (the bulletin's and the overview's way) select the same rows too.
    const matched = await textAndActorMatches(db, filter);
    // Not read for text on the scan plan (too many candidates, or no trigram).
    const textScanned = filter.q !== undefined && (matched?.incidents === "scan" || matched?.headlines === "scan");
    expect(matched?.matches === undefined).toBe(!filter.q || textScanned);
    const viaMatches = await db.$queryRaw<{ id: number }[]>`SELECT i."id" AS id FROM "Incident" i WHERE ${filterToSql(filter, matched)}`;
    expect(ids(viaMatches.map((r) => ({ id: Number(r.id) })))).toEqual(ids(viaPrisma));
  });

  it.skipIf(ON_POSTGRES)("plans the index for text that matches few rows", async () => {
    expect(await textSearchPlan(db, IncidentFilterSchema.parse({ q: "wana bazaar" }))).toEqual({ incidents: "index", headlines: "index" });
    expect(await textSearchPlan(db, IncidentFilterSchema.parse({ q: "ab" }))).toBeUndefined();
    expect(await textSearchPlan(db, IncidentFilterSchema.parse({}))).toBeUndefined();
  });

  it("takes several event types as any of them", async () => {
    const count = async (raw: object) => db.incident.count({ where: whereFor(IncidentFilterSchema.parse(raw)) });
    const [battles, explosions] = [await count({ eventType: ["Battles"] }), await count({ eventType: ["Explosions/Remote violence"] })];
    expect(battles).toBeGreaterThan(0);
    expect(explosions).toBeGreaterThan(0);
    expect(await count({ eventType: ["Battles", "Explosions/Remote violence"] })).toBe(battles + explosions);
    expect(await count({ eventType: ["Battles,Explosions/Remote violence"] })).toBe(battles + explosions);
  });

  it("selects something for most filters, so agreement is not vacuous", async () => {
    const filter = IncidentFilterSchema.parse({ q: "miran" });
    expect(await db.incident.count({ where: whereFor(filter) })).toBe(1);
    expect(await db.incident.findMany({ where: whereFor(IncidentFilterSchema.parse({ disputed: "true" })), select: { title: true } })).toEqual([
      { title: "Test incident 9: attack on a checkpost" },
    ]);
  });
});

describe("the actor filter", () => {
  const viaSql = async (raw: object) =>
    ids(
      (await db.$queryRaw<{ id: number }[]>`SELECT i."id" AS id FROM "Incident" i WHERE ${await sqlFor(IncidentFilterSchema.parse(raw))}`).map((r) => ({
        id: Number(r.id),
      })),
    );
  const viaPrisma = async (raw: object) =>
    ids(await db.incident.findMany({ where: whereFor(await withAtlasActorNames(db, IncidentFilterSchema.parse(raw))), select: { id: true } }));

  it("matches names and aliases whatever their case, in SQL and in Prisma's queries alike", async () => {
    const exact = await viaSql({ actor: ["Tehreek-e-Taliban Pakistan"] });
    expect(exact).toHaveLength(1);
    for (const typed of ["tehreek-e-taliban pakistan", "ttp", "TTP", "Ttp"]) {
      expect(await viaSql({ actor: [typed] }), typed).toEqual(exact);
      expect(await viaPrisma({ actor: [typed] }), typed).toEqual(exact);
    }
    expect(await viaPrisma({ actor: ["nobody", "ttp"] })).toEqual(exact);
  });

  it("matches part of a name or an alias, whatever its case", async () => {
    const exact = await viaSql({ actor: ["Tehreek-e-Taliban Pakistan"] });
    for (const typed of ["talib", "TALIBAN", "e-Taliban Pak", "tt", "T"]) {
      expect(await viaSql({ actor: [typed] }), typed).toEqual(expect.arrayContaining(exact));
      expect(await viaPrisma({ actor: [typed] }), typed).toEqual(await viaSql({ actor: [typed] }));
    }
    expect(await viaSql({ actor: ["talib"] })).toEqual(exact);
    expect(await viaSql({ actor: ["taliban pakistan front"] })).toEqual([]);
  });

  it("takes % and _ literally, not as wildcards", async () => {
    const [literal, other] = [await viaSql({ actor: ["Lashkar_100% Front"] }), await viaSql({ actor: ["LashkarX100 Front"] })];
    expect(literal).toHaveLength(1);
    expect(other).toHaveLength(1);
    expect(literal).not.toEqual(other);
    for (const typed of ["r_1", "100%", "_100% f", "LASHKAR_"]) {
      expect(await viaSql({ actor: [typed] }), typed).toEqual(literal);
      expect(await viaPrisma({ actor: [typed] }), typed).toEqual(literal);
    }
    expect(await viaSql({ actor: ["%"] })).toEqual(literal);
    expect(await viaSql({ actor: ["_"] })).toEqual(literal);
    expect(await viaSql({ actor: ["\\"] })).toEqual([]);
    const command = await viaSql({ actor: ["LashkarX100 Front Command"] });
    expect(await viaSql({ actor: ["lashkar"] })).toEqual([...literal, ...other, ...command].sort((a, b) => a - b));
  });

  it("keeps a whole name or alias exact, though it is part of another actor's name", async () => {
    const [front, wider] = [await viaSql({ actor: ["LashkarX100 Front"] }), await viaSql({ actor: ["Lashkar_100% Front"] })];
    const command = await viaSql({ actor: ["LashkarX100 Front Command"] });
    expect(command).toHaveLength(1);
    for (const typed of ["LashkarX100 Front", "lashkarx100 front"]) {
      expect(await viaSql({ actor: [typed] }), typed).toEqual(front);
      expect(await viaPrisma({ actor: [typed] }), typed).toEqual(front);
    }
    for (const typed of ["lashkarx100 f", "x100 front"]) {
      expect(await viaSql({ actor: [typed] }), typed).toEqual([...front, ...command].sort((a, b) => a - b));
      expect(await viaPrisma({ actor: [typed] }), typed).toEqual([...front, ...command].sort((a, b) => a - b));
    }
    // Each term by its own rule: the exact name and the part together.
    expect(await viaSql({ actor: ["LashkarX100 Front", "100%"] })).toEqual([...front, ...wider].sort((a, b) => a - b));
    expect(await viaPrisma({ actor: ["LashkarX100 Front", "100%"] })).toEqual([...front, ...wider].sort((a, b) => a - b));
  });

  it("spells typed terms as the names of the actors they match, and keeps terms that match nothing", async () => {
    const filter = await withAtlasActorNames(db, IncidentFilterSchema.parse({ actor: ["ttp", "TEHREEK-E-TALIBAN PAKISTAN", "Nobody"] }));
    expect(filter.actor).toEqual(["Tehreek-e-Taliban Pakistan"]);
    expect((await withAtlasActorNames(db, IncidentFilterSchema.parse({ actor: ["lashkar"] }))).actor).toEqual([
      "LashkarX100 Front",
      "LashkarX100 Front Command",
      "Lashkar_100% Front",
    ]);
    expect((await withAtlasActorNames(db, IncidentFilterSchema.parse({ actor: ["Nobody"] }))).actor).toEqual(["Nobody"]);
  });
});

describe("the text index follows every write", () => {
  const matches = async (q: string) => {
    const filter = IncidentFilterSchema.parse({ q });
    const viaSql = await db.$queryRaw<{ id: number }[]>`SELECT i."id" AS id FROM "Incident" i WHERE ${await sqlFor(filter)}`;
    const viaPrisma = await db.incident.findMany({ where: whereFor(filter), select: { id: true } });
    expect(ids(viaSql.map((r) => ({ id: Number(r.id) })))).toEqual(ids(viaPrisma));
    return ids(viaPrisma);
  };

  it("finds an incident by its new text after an update, and no longer by the old", async () => {
    const id = await insertIncident(db, IncidentInputSchema.parse(buildIncident({ title: "Grenade at Kalaya bazaar" }, 20)));
    expect(await matches("kalaya")).toEqual([id]);
    await db.incident.update({ where: { id }, data: { title: "Grenade at Ghiljo bazaar", district: "Orakzai" } });
    expect(await matches("kalaya")).toEqual([]);
    expect(await matches("ghiljo")).toEqual([id]);
    expect(await matches("orakzai")).toEqual([id]);
  });

  it("follows a source's headline and forgets a deleted incident", async () => {
    const id = await insertIncident(db, IncidentInputSchema.parse(buildIncident({ sources: [buildSource({ headline: "Curfew in Datta Khel" }, 21)] }, 21)));
    expect(await matches("datta khel")).toEqual([id]);
    await db.source.updateMany({ where: { headline: "Curfew in Datta Khel" }, data: { headline: "Curfew in Razmak" } });
    expect(await matches("datta khel")).toEqual([]);
    expect(await matches("razmak")).toEqual([id]);
    await db.incident.delete({ where: { id } });
    expect(await matches("razmak")).toEqual([]);
    expect(await matches("21: attack")).toEqual([]);
  });

  it("follows a source's archived copy when it is kept or changed", async () => {
    const id = await insertIncident(
      db,
      IncidentInputSchema.parse(buildIncident({ sources: [{ ...buildSource({}, 22), archivedText: "Firing in Ladha bazaar." }] }, 22)),
    );
    expect(await matches("ladha")).toEqual([id]);
    await db.source.updateMany({ where: { archivedText: "Firing in Ladha bazaar." }, data: { archivedText: "Firing in Sararogha." } });
    expect(await matches("ladha")).toEqual([]);
    expect(await matches("sararogha")).toEqual([id]);
  });

  it.skipIf(ON_POSTGRES)("is what FTS5 integrity-check says it should be after those writes", async () => {
    await db.$executeRawUnsafe(`INSERT INTO "IncidentTextSearch" ("IncidentTextSearch", "rank") VALUES ('integrity-check', 1)`);
    await db.$executeRawUnsafe(`INSERT INTO "SourceTextSearch" ("SourceTextSearch", "rank") VALUES ('integrity-check', 1)`);
  });
});

describe("helpers", () => {
  it("steps a day across months and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
  });
  it("wraps the text like Prisma's contains, wildcards and all", () => expect(containsPattern("100%_a")).toBe("%100%_a%"));
  it("escapes the actor filter's wildcards", () => {
    expect(literalContainsPattern("a\\b%c_d")).toBe("%a\\\\b\\%c\\_d%");
    expect(literalPattern("100%")).toBe("100\\%");
  });
  it("uses the trigram index only for text with 3 characters in a row between wildcards", () => {
    expect(["abc", "Mir Ali", "a_bcd", "100%", "ééé"].map(hasTrigram)).toEqual([true, true, true, true, true]);
    expect(["ab", "a", "a_b", "ab%cd", "%", "é_é"].map(hasTrigram)).toEqual([false, false, false, false, false, false]);
  });
});
