import { describe, expect, it } from "vitest";
import { UNKNOWN_ADDRESS } from "./client-address";
import { SIGN_IN_LIMITS, bucketsFor, lockAfter, reserveAttempt, signInLimitMessage, withFailure, type BucketKey, type BucketState } from "./rules";

const now = new Date("2026-01-01T12:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const account: BucketKey = { kind: "account", account: "owner@example.org", client: UNKNOWN_ADDRESS };

/** The bucket after `n` failures, each a moment after the lock of the one before ended. */
function failures(kind: BucketKey["kind"], n: number): { state: BucketState | null; end: Date } {
  let state: BucketState | null = null;
  let t = now;
  for (let i = 0; i < n; i++) {
    state = withFailure(kind, state, t);
    t = state.lockedUntil ?? new Date(t.getTime() + 1000);
  }
  return { state, end: t };
}

describe("bucketsFor", () => {
  it("counts a known device apart from everyone else", () => {
    expect(bucketsFor({ account: "a@x.org", address: "203.0.113.5", deviceId: "d1" })).toEqual([{ kind: "device", account: "a@x.org", client: "d1" }]);
  });

  it("counts other clients per account and address, and per address across accounts", () => {
    expect(bucketsFor({ account: "a@x.org", address: "203.0.113.5", deviceId: null })).toEqual([
      { kind: "account", account: "a@x.org", client: "203.0.113.5" },
      { kind: "address", account: "", client: "203.0.113.5" },
    ]);
  });

  it("never counts the unknown address across accounts: that would lock out every account at once", () => {
    expect(bucketsFor({ account: "a@x.org", address: UNKNOWN_ADDRESS, deviceId: null })).toEqual([
      { kind: "account", account: "a@x.org", client: UNKNOWN_ADDRESS },
    ]);
  });
});

describe("lockAfter", () => {
  it("allows four failures, then locks for a minute, doubling up to fifteen", () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50].map((n) => lockAfter("account", n) / 60_000);
    expect(minutes).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 15, 15, 15]);
  });

  it("allows an address twenty failures across accounts", () => {
    expect(lockAfter("address", 19)).toBe(0);
    expect(lockAfter("address", 20)).toBe(60_000);
  });
});

describe("withFailure", () => {
  it("counts failures in a row and locks from the fifth", () => {
    let state: BucketState | null = null;
    for (let i = 1; i <= 4; i++) {
      state = withFailure("account", state, now);
      expect(state).toEqual({ failures: i, lastFailureAt: now, lockedUntil: null });
    }
    expect(withFailure("account", state, now)).toEqual({ failures: 5, lastFailureAt: now, lockedUntil: at(1) });
  });

  it("starts again from zero a day after the last failure", () => {
    const { state } = failures("account", 9);
    const later = new Date(state!.lastFailureAt.getTime() + SIGN_IN_LIMITS.forgetAfterMs);
    expect(withFailure("account", state, later)).toEqual({ failures: 1, lastFailureAt: later, lockedUntil: null });
    const sooner = new Date(later.getTime() - 1);
    expect(withFailure("account", state, sooner).failures).toBe(10);
  });
});

describe("reserveAttempt", () => {
  it("lets an attempt go ahead and counts it as a failure until it succeeds", () => {
    expect(reserveAttempt([{ key: account, state: null }], now)).toEqual({ allowed: true, next: [{ failures: 1, lastFailureAt: now, lockedUntil: null }] });
  });

  it("refuses while any of the attempt's buckets is locked, and says for how long", () => {
    const locked: BucketState = { failures: 5, lastFailureAt: now, lockedUntil: at(1) };
    const address: BucketKey = { kind: "address", account: "", client: "203.0.113.5" };
    expect(
      reserveAttempt(
        [
          { key: account, state: null },
          { key: address, state: locked },
        ],
        at(0.5),
      ),
    ).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(reserveAttempt([{ key: account, state: locked }], at(1))).toMatchObject({ allowed: true });
  });

  it("holds a guesser to about a hundred attempts a day per bucket", () => {
    let state: BucketState | null = null;
    let t = now;
    let attempts = 0;
    const end = at(24 * 60);
    while (t < end) {
      const r = reserveAttempt([{ key: account, state }], t);
      if (r.allowed) {
        attempts++;
        state = r.next[0]!;
      }
      t = new Date(Math.max(t.getTime() + 1000, state?.lockedUntil?.getTime() ?? 0));
    }
    expect(attempts).toBeGreaterThan(90);
    expect(attempts).toBeLessThanOrEqual(105);
  });
});

describe("signInLimitMessage", () => {
  it("rounds up to whole minutes", () => {
    expect(signInLimitMessage(30)).toBe("Too many sign-in attempts. Try again in 1 minute.");
    expect(signInLimitMessage(14 * 60 + 1)).toBe("Too many sign-in attempts. Try again in 15 minutes.");
  });
});
