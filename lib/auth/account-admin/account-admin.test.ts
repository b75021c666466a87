import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { UNKNOWN_ADDRESS } from "@/lib/auth/sign-in-limit/client-address";
import { reserveSignInAttempt } from "@/lib/auth/sign-in-limit/limit-store";
import { latestRenames } from "./account-events";
import { renameUser } from "./rename-user";
import { resetSignInLimits } from "./reset-sign-in";

/** An admin's changes to accounts, on a real SQLite database. */
let database: ReturnType<typeof freshDatabase>;
let db: Db;
const admin = { id: "u-admin", name: "Sana Admin" };

beforeAll(async () => {
  database = freshDatabase();
  db = database.db;
  for (const [id, name, email] of [
    ["u-admin", "Sana Admin", "sana@example.org"],
    ["u-bilal", "Bilal Ahmed", "bilal@example.org"],
  ]) {
    await db.user.create({ data: { id: id!, name: name!, email: email!, role: "analyst" } });
  }
});

afterAll(() => database.remove());

describe("renameUser", () => {
  it("sets the name and records who renamed whom, from what to what", async () => {
    expect(await renameUser(db, { userId: "u-bilal", name: "Bilal Khan", by: admin })).toEqual({ status: "ok", message: "Renamed Bilal Ahmed to Bilal Khan." });
    expect(await db.user.findUnique({ where: { id: "u-bilal" }, select: { name: true } })).toEqual({ name: "Bilal Khan" });
    expect(
      await db.accountEvent.findMany({ where: { userId: "u-bilal" }, select: { action: true, before: true, after: true, byId: true, byName: true } }),
    ).toEqual([{ action: "rename", before: "Bilal Ahmed", after: "Bilal Khan", byId: "u-admin", byName: "Sana Admin" }]);
    expect((await latestRenames(db, ["u-bilal", "u-admin"])).get("u-bilal")).toMatchObject({ from: "Bilal Ahmed", byName: "Sana Admin" });
  });

  it("records nothing when the name is unchanged, and refuses an unknown user", async () => {
    const before = await db.accountEvent.count();
    expect(await renameUser(db, { userId: "u-bilal", name: "Bilal Khan", by: admin })).toMatchObject({ status: "ok" });
    expect(await renameUser(db, { userId: "u-nobody", name: "X", by: admin })).toEqual({ status: "error", message: "No such user." });
    expect(await db.accountEvent.count()).toBe(before);
  });
});

describe("resetSignInLimits", () => {
  it("lets a locked-out user try again at once, and records it", async () => {
    const client = { account: "bilal@example.org", address: UNKNOWN_ADDRESS, deviceId: null };
    for (let i = 0; i < 5; i++) await reserveSignInAttempt(db, client);
    expect(await reserveSignInAttempt(db, client)).toMatchObject({ allowed: false });
    expect(await resetSignInLimits(db, { userId: "u-bilal", by: admin })).toEqual({ status: "ok", message: "Bilal Khan can sign in again." });
    expect(await reserveSignInAttempt(db, client)).toMatchObject({ allowed: true });
    expect(await db.accountEvent.count({ where: { userId: "u-bilal", action: "sign-in-reset", byName: "Sana Admin" } })).toBe(1);
  });
});
