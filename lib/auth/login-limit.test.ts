import { describe, expect, it } from "vitest";
import { LOGIN_LIMITS, UNKNOWN_ADDRESS, checkLoginLimit, clientAddress, loginLimitMessage, type LoginAttemptRecord } from "./login-limit";

const now = new Date("2026-01-01T12:00:00Z");
const ago = (minutes: number, success = false): LoginAttemptRecord => ({ at: new Date(now.getTime() - minutes * 60_000), success });
const fails = (n: number, minutesAgo = 1) => Array.from({ length: n }, () => ago(minutesAgo));
const check = (byAccount: LoginAttemptRecord[], byAddress: LoginAttemptRecord[] = byAccount) => checkLoginLimit({ byAccount, byAddress }, now);

describe("checkLoginLimit", () => {
  it("allows a first attempt", () => {
    expect(check([])).toEqual({ blocked: false });
  });

  it("allows four failures on an account and blocks the fifth", () => {
    expect(check(fails(4))).toEqual({ blocked: false });
    expect(check(fails(5))).toMatchObject({ blocked: true });
  });

  it("says how long until the oldest counted failure ages out", () => {
    const attempts = [ago(10), ago(8), ago(6), ago(4), ago(2)];
    // The failure 10 minutes ago leaves the 15-minute window in 5 minutes.
    expect(check(attempts)).toEqual({ blocked: true, retryAfterSeconds: 5 * 60 });
  });

  it("forgets failures older than the window", () => {
    expect(check(fails(5, 16))).toEqual({ blocked: false });
    expect(check([...fails(4, 16), ...fails(4, 1)])).toEqual({ blocked: false });
  });

  it("resets the account count after a success, but not the address count", () => {
    const attempts = [...fails(4, 10), ago(9, true), ...fails(2, 5)];
    expect(checkLoginLimit({ byAccount: attempts, byAddress: [] }, now)).toEqual({ blocked: false });
    const manyFromAddress = [...fails(19, 10), ago(9, true), ago(1)];
    expect(checkLoginLimit({ byAccount: [], byAddress: manyFromAddress }, now)).toMatchObject({ blocked: true });
  });

  it("blocks an address after 20 failures across accounts", () => {
    expect(checkLoginLimit({ byAccount: [], byAddress: fails(19) }, now)).toEqual({ blocked: false });
    expect(checkLoginLimit({ byAccount: [], byAddress: fails(LOGIN_LIMITS.perAddress) }, now)).toMatchObject({ blocked: true });
  });

  it("takes the later of the two blocks", () => {
    const verdict = checkLoginLimit({ byAccount: fails(5, 14), byAddress: fails(20, 2) }, now);
    expect(verdict).toEqual({ blocked: true, retryAfterSeconds: 13 * 60 });
  });

  it("ignores attempts dated in the future", () => {
    expect(check(fails(5, -5))).toEqual({ blocked: false });
  });
});

describe("loginLimitMessage", () => {
  it("rounds up to whole minutes", () => {
    expect(loginLimitMessage(30)).toBe("Too many sign-in attempts. Try again in 1 minute.");
    expect(loginLimitMessage(14 * 60 + 1)).toBe("Too many sign-in attempts. Try again in 15 minutes.");
  });
});

describe("clientAddress", () => {
  const h = (xff?: string, realIp?: string) => new Headers({ ...(xff ? { "x-forwarded-for": xff } : {}), ...(realIp ? { "x-real-ip": realIp } : {}) });

  it("trusts no header when no proxy is configured: every request shares one bucket", () => {
    expect(clientAddress(h("203.0.113.5"), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(h("198.51.100.1, 10.0.0.1"), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(h(undefined, "198.51.100.7"), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(h(), 0)).toBe(UNKNOWN_ADDRESS);
  });

  it("cannot be dodged by sending a new X-Forwarded-For with each guess when no proxy is trusted", () => {
    const buckets = new Set(Array.from({ length: 30 }, (_, i) => clientAddress(h(`192.0.2.${i}`), 0)));
    expect([...buckets]).toEqual([UNKNOWN_ADDRESS]);
  });

  it("behind one proxy, takes the address the proxy appended, not what the client claimed", () => {
    expect(clientAddress(h("203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(clientAddress(h("1.2.3.4, 203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(clientAddress(h("1.2.3.4,5.6.7.8 ,  203.0.113.5"), 1)).toBe("203.0.113.5");
    const buckets = new Set(Array.from({ length: 30 }, (_, i) => clientAddress(h(`192.0.2.${i}, 203.0.113.5`), 1)));
    expect([...buckets]).toEqual(["203.0.113.5"]);
  });

  it("behind two proxies, takes the second entry from the right", () => {
    expect(clientAddress(h("1.2.3.4, 203.0.113.5, 10.0.0.2"), 2)).toBe("203.0.113.5");
    expect(clientAddress(h("203.0.113.5, 10.0.0.2"), 2)).toBe("203.0.113.5");
  });

  it("uses the unknown bucket when the proxies did not write enough entries", () => {
    expect(clientAddress(h("203.0.113.5"), 2)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(h(), 1)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(h(" , "), 1)).toBe(UNKNOWN_ADDRESS);
  });

  it("never reads X-Real-IP, which a client can send past a proxy that sets only X-Forwarded-For", () => {
    expect(clientAddress(h("203.0.113.5", "192.0.2.99"), 1)).toBe("203.0.113.5");
    expect(clientAddress(h(undefined, "192.0.2.99"), 1)).toBe(UNKNOWN_ADDRESS);
  });

  it("treats IPv6 addresses case-insensitively", () => {
    expect(clientAddress(h("2001:DB8::1"), 1)).toBe(clientAddress(h("2001:db8::1"), 1));
  });
});
