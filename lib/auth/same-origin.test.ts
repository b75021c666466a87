import { describe, expect, it } from "vitest";
import { isMutatingMethod, isSameOriginRequest } from "./same-origin";

const h = (init: Record<string, string>) => new Headers(init);

describe("isSameOriginRequest", () => {
  it.each([
    [{ host: "atlas.local:3000", origin: "http://atlas.local:3000" }, true],
    [{ host: "atlas.local:3000", origin: "https://evil.example" }, false],
    [{ host: "atlas.local:3000", origin: "http://atlas.local:4000" }, false],
    [{ host: "127.0.0.1:3000", "x-forwarded-host": "atlas.example.org", origin: "https://atlas.example.org" }, true],
    [{ host: "atlas.local", origin: "null" }, false],
    [{ host: "atlas.local", origin: "not a url" }, false],
    [{ host: "atlas.local" }, true],
    [{ host: "atlas.local", "sec-fetch-site": "same-origin" }, true],
    [{ host: "atlas.local", "sec-fetch-site": "cross-site" }, false],
    [{ host: "atlas.local", "sec-fetch-site": "same-site" }, false],
  ])("%o -> %s", (headers, expected) => {
    expect(isSameOriginRequest(h(headers))).toBe(expected);
  });

  it("accepts a configured trusted origin", () => {
    const headers = h({ host: "127.0.0.1:3000", origin: "https://atlas.example.org" });
    expect(isSameOriginRequest(headers)).toBe(false);
    expect(isSameOriginRequest(headers, ["https://atlas.example.org/"])).toBe(true);
  });
});

describe("isMutatingMethod", () => {
  it("knows which methods change things", () => {
    expect(["POST", "put", "PATCH", "DELETE"].every(isMutatingMethod)).toBe(true);
    expect(["GET", "HEAD", "OPTIONS"].some(isMutatingMethod)).toBe(false);
  });
});
