import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { createDb, type Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident } from "@/lib/incidents/write/write-incident";
import { buildIncident } from "@/prisma/factories";
import { dialectOf } from "./sql-dialect";

// Each piece of SQL that differs between the databases, run on a real one: SQLite under `npm test`,
// PostgreSQL under `npm run test:pg` (docs/decisions/029).
let database: ReturnType<typeof freshDatabase>;
let db: Db;
let id: number;

beforeAll(async () => {
  database = freshDatabase();
  db = database.db;
  id = await insertIncident(db, IncidentInputSchema.parse(buildIncident({ title: "Blast at Wana bazaar", eventDate: "2024-03-16" }, 1)));
});
afterAll(() => database.remove());

const one = async <T>(sql: Prisma.Sql): Promise<T> => ((await db.$queryRaw<Record<string, T>[]>(sql))[0] ?? {}).v as T;

describe("the dialect of the test database", () => {
  it("unpacks JSON lists of numbers and text, in their order when asked", async () => {
    const d = dialectOf(db);
    const numbers = await db.$queryRaw<{ value: number | bigint }[]>`SELECT k.value AS value FROM (${d.jsonValues("[3, 1, 2]", "int")}) k`;
    expect(numbers.map((r) => Number(r.value)).sort()).toEqual([1, 2, 3]);
    const ordered = await db.$queryRaw<{ value: string }[]>`SELECT k.value AS value FROM (${d.jsonValuesInOrder('["b", "a", "c"]', "text")}) k ORDER BY k.key`;
    expect(ordered.map((r) => r.value)).toEqual(["b", "a", "c"]);
    const triples = await db.$queryRaw<{ a: number; c: string }[]>`SELECT k.a AS a, k.c AS c FROM (${d.jsonTriples('[[1, 2, "x"]]')}) k`;
    expect(triples.map((r) => [Number(r.a), r.c])).toEqual([[1, "x"]]);
  });

  it("cuts a stored date to its day and month", async () => {
    const { dayText, monthText } = dialectOf(db);
    expect(await one(Prisma.sql`SELECT ${dayText(Prisma.sql`"eventDate"`)} AS v FROM "Incident" WHERE "id" = ${id}`)).toBe("2024-03-16");
    expect(await one(Prisma.sql`SELECT ${monthText(Prisma.sql`"eventDate"`)} AS v FROM "Incident" WHERE "id" = ${id}`)).toBe("2024-03");
  });

  it("compares and matches text whatever its ASCII case", async () => {
    const { equalsIgnoringCase, likeIgnoringCase } = dialectOf(db);
    const count = (where: Prisma.Sql) => one<number | bigint>(Prisma.sql`SELECT COUNT(*) AS v FROM "Incident" WHERE ${where}`).then(Number);
    expect(await count(equalsIgnoringCase(Prisma.sql`"title"`, "BLAST AT WANA BAZAAR"))).toBe(1);
    expect(await count(likeIgnoringCase(Prisma.sql`"title"`, "%wana%"))).toBe(1);
    expect(await count(likeIgnoringCase(Prisma.sql`"title"`, "%quetta%"))).toBe(0);
  });

  it("gives a group's rows and values as JSON text", async () => {
    const { jsonRows, jsonArrayAgg } = dialectOf(db);
    const rows = await one<string>(Prisma.sql`SELECT ${jsonRows(Prisma.sql`g.n, g.t`)} AS v FROM (SELECT 1 AS n, 'a' AS t) AS g`);
    expect(JSON.parse(rows)).toEqual([[1, "a"]]);
    const none = await one<string>(Prisma.sql`SELECT ${jsonArrayAgg(Prisma.sql`"id"`)} AS v FROM "Incident" WHERE "id" < 0`);
    expect(JSON.parse(none)).toEqual([]);
  });

  it("moves the data version when a write commits", async () => {
    const version = async () => String((await db.$queryRaw<{ version: unknown }[]>(dialectOf(db).dataVersion))[0]?.version);
    const before = await version();
    await db.incident.update({ where: { id }, data: { summary: "Changed" } });
    // SQLite's data_version moves for other connections' commits only; this connection's own writes
    // are counted by the write turns (lib/read-cache). PostgreSQL's snapshot moves for any.
    if (dialectOf(db).kind === "postgresql") expect(await version()).not.toBe(before);
    else expect(await version()).toBe(before);
  });

  it("moves the data version when another server's write, begun before it was read, commits", async () => {
    const other = createDb(database.url);
    const version = async () => String((await db.$queryRaw<{ version: unknown }[]>(dialectOf(db).dataVersion))[0]?.version);
    let commit!: () => void;
    const committing = new Promise<void>((resolve) => (commit = resolve));
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    try {
      const write = other.$transaction(async (tx) => {
        await tx.incident.update({ where: { id }, data: { summary: "Changed elsewhere" } });
        written();
        await committing;
      });
      await wrote;
      const during = await version();
      commit();
      await write;
      expect(await version()).not.toBe(during);
    } finally {
      await other.$disconnect();
    }
  });

  it("runs transactions that lock the same name one after another", async () => {
    const lock = dialectOf(db).lockForTransaction("test lock");
    const order: string[] = [];
    const step = (name: string) =>
      db.$transaction(async (tx) => {
        if (lock) await tx.$executeRaw(lock);
        order.push(`${name} in`);
        await tx.incident.count();
        order.push(`${name} out`);
      });
    await Promise.all([step("a"), step("b")]);
    expect([order.slice(0, 2), order.slice(2)].map((pair) => pair[0]!.split(" ")[0] === pair[1]!.split(" ")[0])).toEqual([true, true]);
  });
});
