import { describe, expect, it } from "vitest";
import { deviceCookieName, newDeviceCookie, readDeviceCookie } from "./device-cookie";

const SECRET = "a test secret that is long enough for HMAC";

describe("device cookie", () => {
  it("reads back the id it was made with, for the same account", () => {
    const { deviceId, value } = newDeviceCookie("owner@example.org", SECRET);
    expect(readDeviceCookie(value, "owner@example.org", SECRET)).toBe(deviceId);
  });

  it("gives every sign-in a new id", () => {
    const ids = new Set(Array.from({ length: 50 }, () => newDeviceCookie("owner@example.org", SECRET).deviceId));
    expect(ids.size).toBe(50);
  });

  it("is refused for another account, another secret, or when changed", () => {
    const { deviceId, value } = newDeviceCookie("owner@example.org", SECRET);
    expect(readDeviceCookie(value, "other@example.org", SECRET)).toBeNull();
    expect(readDeviceCookie(value, "owner@example.org", `${SECRET}!`)).toBeNull();
    expect(readDeviceCookie(`x${value}`, "owner@example.org", SECRET)).toBeNull();
    expect(readDeviceCookie(`${deviceId}.`, "owner@example.org", SECRET)).toBeNull();
    expect(readDeviceCookie(`${value}.extra`, "owner@example.org", SECRET)).toBeNull();
    expect(readDeviceCookie(value.slice(0, -1), "owner@example.org", SECRET)).toBeNull();
  });

  it("is refused when missing or malformed", () => {
    for (const value of [null, undefined, "", ".", "abc", "a.b", "é.ü"]) expect(readDeviceCookie(value, "owner@example.org", SECRET)).toBeNull();
  });

  it("has a name per account that is a valid cookie name", () => {
    const a = deviceCookieName("owner@example.org");
    expect(a).toMatch(/^atlas_device_[A-Za-z0-9_-]{16}$/);
    expect(deviceCookieName("other@example.org")).not.toBe(a);
    expect(deviceCookieName("owner@example.org")).toBe(a);
  });
});
