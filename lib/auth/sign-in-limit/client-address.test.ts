import { describe, expect, it } from "vitest";
import { UNKNOWN_ADDRESS, clientAddress } from "./client-address";

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
