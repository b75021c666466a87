import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { freshDatabase } from "@/tests/fresh-database";
import { onlyReads, turnTakingFactory } from "./turn-taking-adapter";

/** The app's client on `url`, giving up on a held lock after 50 ms instead of five seconds. */
const impatientClient = (url: string) => new PrismaClient({ adapter: turnTakingFactory(new PrismaBetterSQLite3({ url, timeout: 50 })) });

describe("onlyReads", () => {
  it("reads SELECT, EXPLAIN, a pragma's question and a WITH that only selects as reads", () => {
    for (const sql of [
      `SELECT 1`,
      ` explain query plan SELECT 1`,
      `PRAGMA data_version`,
      `WITH seen AS (SELECT "actorId" FROM "IncidentActor") SELECT a."name", a."updatedAt" FROM "Actor" a WHERE a."id" IN (SELECT "actorId" FROM seen)`,
    ])
      expect(onlyReads(sql)).toBe(true);
  });

  it("takes anything that writes, a WITH before a write included, as a write", () => {
    for (const sql of [
      `INSERT INTO "Actor" ("name") VALUES ('x')`,
      `PRAGMA foreign_keys = ON`,
      `WITH gone AS (SELECT "id" FROM "Incident" WHERE "deletedAt" IS NOT NULL) DELETE FROM "Incident" WHERE "id" IN (SELECT "id" FROM gone)`,
      `with x as (select 1) update "Actor" set "name" = 'y'`,
    ])
      expect(onlyReads(sql)).toBe(false);
  });
});

describe("transactions of the app's adapter", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  /** A fresh database, and a second connection to it that never waits: another process's view. */
  function withOtherProcess() {
    const { db, url, remove } = freshDatabase();
    const other = new Database(url.replace(/^file:/, ""), { timeout: 0 });
    cleanups.push(async () => {
      other.close();
      await remove();
    });
    return { db, url, other };
  }

  it("hold the write lock from their start, so another process cannot write between their read and their write", async () => {
    const { db, other } = withOtherProcess();
    const otherWrite = () => other.prepare(`INSERT INTO "Actor" ("name", "kind", "updatedAt") VALUES ('Other process', 'other', 0)`).run();

    await db.$transaction(async (tx) => {
      await tx.actor.count();
      // With a deferred BEGIN the other process would get the write lock here, and the transaction's
      // own write below would fail at once with SQLITE_BUSY ("Operation has timed out").
      expect(() => other.exec("BEGIN IMMEDIATE")).toThrow(/database is locked/);
      await tx.actor.create({ data: { name: "This process", kind: "other" } });
    });

    otherWrite();
    expect((await db.actor.findMany({ orderBy: { id: "asc" }, select: { name: true } })).map((a) => a.name)).toEqual(["This process", "Other process"]);
  });

  it("give the turn back when the write lock cannot be had", async () => {
    const { db, url, other } = withOtherProcess();
    const shortWait = impatientClient(url);
    other.exec("BEGIN IMMEDIATE");
    await expect(shortWait.$transaction(async (tx) => tx.actor.count())).rejects.toThrow();
    other.exec("ROLLBACK");
    // The refused transaction released the adapter's lock and the write turn: the next one runs.
    expect(await shortWait.$transaction(async (tx) => tx.actor.count())).toBe(0);
    await shortWait.$disconnect();
    expect(await db.actor.count()).toBe(0);
  });

  /** A transaction that writes, waits `ms` between its statements, then fails (and rolls back). */
  async function failingTransaction(db: PrismaClient, ms: number) {
    await db.$transaction(async (tx) => {
      await tx.actor.create({ data: { name: "Rolled back", kind: "other" } });
      await new Promise((resolve) => setTimeout(resolve, ms));
      throw new Error("the transaction fails");
    });
  }

  it("keep another request's write out of them: it is not rolled back with a transaction that fails", async () => {
    const { db } = freshDatabase();
    cleanups.push(async () => db.$disconnect());
    const failing = failingTransaction(db, 100).catch((error: Error) => error.message);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Issued while the transaction is open: it used to run inside it, answer "saved", and vanish.
    const saved = await db.actor.create({ data: { name: "Saved meanwhile", kind: "other" } });
    expect(await failing).toBe("the transaction fails");
    expect(await db.actor.findUnique({ where: { id: saved.id }, select: { name: true } })).toEqual({ name: "Saved meanwhile" });
    expect(await db.actor.count({ where: { name: "Rolled back" } })).toBe(0);
  });

  it("keep their uncommitted rows from another request's reads", async () => {
    const { db } = freshDatabase();
    cleanups.push(async () => db.$disconnect());
    const failing = failingTransaction(db, 100).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.actor.count({ where: { name: "Rolled back" } })).toBe(0);
    await failing;
  });
});
