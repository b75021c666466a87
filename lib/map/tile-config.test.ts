import { describe, expect, it } from "vitest";
import { tileConfig } from "./tile-config";

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
