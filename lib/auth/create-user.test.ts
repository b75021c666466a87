import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import { freshDatabase } from "@/tests/fresh-database";
import { insertFirstAdmin } from "./create-user";

let database: ReturnType<typeof freshDatabase>;
/** Two app servers: on PostgreSQL two clients of the database; on SQLite the one. */
let a: Db;
let b: Db;

beforeAll(() => {
  database = freshDatabase();
  a = database.db;
  b = dialectOf(a).kind === "postgresql" ? createDb(database.url) : a;
});
afterAll(async () => {
  if (b !== a) await b.$disconnect();
  await database.remove();
});

describe("insertFirstAdmin", () => {
  it("creates one admin when several set up at once on different servers", async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        insertFirstAdmin(i % 2 ? a : b, { name: `Admin ${i}`, email: `admin${i}@example.org`, password: "correct horse battery staple" }),
      ),
    );
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(await a.user.count({ where: { role: "admin" } })).toBe(1);
  }, 30_000);
});
