import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { twoServerDatabase } from "@/tests/two-servers";
import { insertFirstAdmin } from "./create-user";

let servers: ReturnType<typeof twoServerDatabase>;
/** Two app servers (tests/two-servers.ts). */
let a: Db;
let b: Db;

beforeAll(() => {
  servers = twoServerDatabase();
  ({ a, b } = servers);
});
afterAll(() => servers.remove());

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
