import { afterAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/tests/fresh-database";
import { pgTestRun } from "@/tests/postgres/pg-test-database";
import { APP_CACHE_KIB } from "./sqlite-read-pragmas";

const database = freshDatabase();
afterAll(() => database.remove());

describe.skipIf(pgTestRun() !== null)("the app's SQLite connection", () => {
  it("opens with the larger page cache, before its first query", async () => {
    const [row] = await database.db.$queryRawUnsafe<{ cache_size: bigint | number }[]>("PRAGMA cache_size");
    expect(Number(row?.cache_size)).toBe(-APP_CACHE_KIB);
  });

  it("still reads and writes as before", async () => {
    await database.db.actor.create({ data: { name: "Test front", kind: "armed_group" } });
    expect(await database.db.actor.count({ where: { name: "Test front" } })).toBe(1);
  });
});
