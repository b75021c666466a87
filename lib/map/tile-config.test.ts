import { describe, expect, it } from "vitest";
import { tileConfig, tileHost } from "./tile-config";

describe("tile configuration", () => {
  it("asks no tile server unless one is configured", () => {
    expect(tileConfig({})).toEqual({ url: null, attribution: "" });
    expect(tileConfig({ NEXT_PUBLIC_TILE_URL: "  ", NEXT_PUBLIC_TILE_ATTRIBUTION: "x" })).toEqual({ url: null, attribution: "" });
  });

  it("uses the configured server and its attribution", () => {
    const osm = { NEXT_PUBLIC_TILE_URL: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", NEXT_PUBLIC_TILE_ATTRIBUTION: "&copy; OpenStreetMap contributors" };
    expect(tileConfig(osm)).toEqual({ url: osm.NEXT_PUBLIC_TILE_URL, attribution: osm.NEXT_PUBLIC_TILE_ATTRIBUTION });
  });
});

describe("tileHost", () => {
  it("names the host of a tile URL template, with its port and without a subdomain placeholder", () => {
    expect(tileHost("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("tile.openstreetmap.org");
    expect(tileHost("https://{s}.tile.example.org/{z}/{x}/{y}{r}.png")).toBe("tile.example.org");
    expect(tileHost("http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png")).toBe("127.0.0.1:8080");
  });

  it("gives back what it cannot read as a URL", () => {
    expect(tileHost("tiles/{z}/{x}/{y}.png")).toBe("tiles/{z}/{x}/{y}.png");
  });
});
