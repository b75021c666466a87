import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { UNKNOWN_ADDRESS } from "./client-address";
import { clearSignInLimits, findSignInLocks, reserveSignInAttempt } from "./limit-store";
import { SIGN_IN_LIMITS } from "./rules";

/** The sign-in limits on a real SQLite database, migrated from prisma/migrations. */
let database: ReturnType<typeof freshDatabase>;
let db: Db;
let n = 0;
const account = () => `person-${++n}@example.org`;
const anonymous = (email: string, address = UNKNOWN_ADDRESS) => ({ account: email, address, deviceId: null });

beforeAll(() => {
  database = freshDatabase();
  db = database.db;
});

afterAll(() => database.remove());

describe("reserveSignInAttempt", () => {
  it("lets through only the free attempts of 100 fired at once at one account", async () => {
    const email = account();
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 100 }, () => reserveSignInAttempt(db, anonymous(email), now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(SIGN_IN_LIMITS.free.account);
    expect(results.filter((r) => !r.allowed).every((r) => !r.allowed && r.retryAfterSeconds === 60)).toBe(true);
    expect(await db.signInLimit.findMany({ where: { account: email }, select: { kind: true, failures: true } })).toEqual([{ kind: "account", failures: 5 }]);
  });

  it("counts parallel attempts on many accounts from one known address against that address too", async () => {
    const address = "203.0.113.77";
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 60 }, () => reserveSignInAttempt(db, anonymous(account(), address), now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(SIGN_IN_LIMITS.free.address);
  });

  it("does not lock out a known device when others have locked the account", async () => {
    const email = account();
    const now = new Date();
    for (let i = 0; i < 7; i++) await reserveSignInAttempt(db, anonymous(email), now);
    expect(await reserveSignInAttempt(db, anonymous(email), now)).toMatchObject({ allowed: false });
    expect(await reserveSignInAttempt(db, { account: email, address: UNKNOWN_ADDRESS, deviceId: "owner-laptop" }, now)).toMatchObject({ allowed: true });
  });

  it("does not lock one account for failures on others from the unknown address", async () => {
    const now = new Date();
    for (let i = 0; i < 50; i++) await reserveSignInAttempt(db, anonymous(account()), now);
    expect(await reserveSignInAttempt(db, anonymous(account()), now)).toMatchObject({ allowed: true });
  });

  it("lets the next attempt through once the lock has passed, and locks longer after it fails", async () => {
    const email = account();
    const now = new Date();
    for (let i = 0; i < 5; i++) await reserveSignInAttempt(db, anonymous(email), now);
    const later = new Date(now.getTime() + 60_000);
    expect(await reserveSignInAttempt(db, anonymous(email), later)).toMatchObject({ allowed: true });
    expect(await reserveSignInAttempt(db, anonymous(email), later)).toEqual({ allowed: false, retryAfterSeconds: 120 });
  });

  it("forgets buckets a day after their last failure", async () => {
    const email = account();
    const then = new Date(Date.now() - SIGN_IN_LIMITS.forgetAfterMs - 60_000);
    await reserveSignInAttempt(db, anonymous(email), then);
    await reserveSignInAttempt(db, anonymous(account()), new Date());
    expect(await db.signInLimit.count({ where: { account: email } })).toBe(0);
  });
});

describe("clearSignInLimits", () => {
  it("clears an account's buckets (devices and other clients) but not an address's count across accounts", async () => {
    const email = account();
    const address = "198.51.100.9";
    const now = new Date();
    for (let i = 0; i < 5; i++) await reserveSignInAttempt(db, anonymous(email, address), now);
    await reserveSignInAttempt(db, { account: email, address, deviceId: "d" }, now);
    expect(await clearSignInLimits(db, email.toUpperCase())).toBe(2);
    expect(await reserveSignInAttempt(db, anonymous(email, UNKNOWN_ADDRESS), now)).toMatchObject({ allowed: true });
    expect(await db.signInLimit.findUnique({ where: { kind_account_client: { kind: "address", account: "", client: address } } })).toMatchObject({
      failures: 5,
    });
  });
});

describe("findSignInLocks", () => {
  it("names the locked accounts and when the last of their locks lifts", async () => {
    const [locked, free] = [account(), account()];
    const now = new Date();
    for (let i = 0; i < 5; i++) await reserveSignInAttempt(db, anonymous(locked), now);
    const later = new Date(now.getTime() + 60_000);
    await reserveSignInAttempt(db, anonymous(locked), later);
    await reserveSignInAttempt(db, { account: locked, address: UNKNOWN_ADDRESS, deviceId: "d" }, later);
    await reserveSignInAttempt(db, anonymous(free), later);
    const locks = await findSignInLocks(db, [locked, free], later);
    expect([...locks.keys()]).toEqual([locked]);
    expect(locks.get(locked)!.getTime()).toBe(later.getTime() + 2 * 60_000);
  });
});
