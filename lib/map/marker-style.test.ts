import { describe, expect, it } from "vitest";
import { EVENT_TYPE_NAMES } from "@/lib/taxonomy/event-types";
import { EVENT_TYPE_COLOURS, clusterSize, markerRadius, provinceFill, PROVINCE_EMPTY, PROVINCE_SHADES, shadeClass, shadeLegend } from "./marker-style";

describe("marker style", () => {
  it("has a distinct colour per event type", () => {
    expect(new Set(EVENT_TYPE_COLOURS.slice(0, EVENT_TYPE_NAMES.length)).size).toBe(EVENT_TYPE_NAMES.length);
  });
  it("sizes markers by killed, smallest for none or not reported, capped", () => {
    expect(markerRadius(null)).toBe(markerRadius(0));
    expect(markerRadius(1)).toBeGreaterThan(markerRadius(0));
    expect(markerRadius(100)).toBeGreaterThan(markerRadius(10));
    expect(markerRadius(100_000)).toBe(18);
  });
  it("grows clusters with their count, within bounds", () => {
    expect(clusterSize(1)).toBe(22);
    expect(clusterSize(1000)).toBeGreaterThan(clusterSize(10));
    expect(clusterSize(10_000_000)).toBeLessThanOrEqual(56);
  });
});

describe("province shading", () => {
  it("leaves provinces with nothing unshaded", () => {
    expect(shadeClass(0, 10)).toBe(-1);
    expect(provinceFill(0, 10)).toBe(PROVINCE_EMPTY);
    expect(provinceFill(0, 0)).toBe(PROVINCE_EMPTY);
  });
  it("gives the maximum the darkest shade and small values light ones", () => {
    expect(provinceFill(36_000, 36_000)).toBe(PROVINCE_SHADES[4]);
    expect(shadeClass(1, 36_000)).toBe(0);
    expect(shadeClass(1, 1)).toBe(4);
  });
  it("builds a legend whose ranges follow on and agree with the classes", () => {
    for (const max of [1, 2, 7, 28, 140, 36_155]) {
      const legend = shadeLegend(max);
      expect(legend[0]!.from).toBe(1);
      expect(legend.at(-1)!.to).toBe(max);
      for (let k = 1; k < legend.length; k++) expect(legend[k]!.from).toBe(legend[k - 1]!.to + 1);
      for (const c of legend) {
        expect(provinceFill(c.from, max)).toBe(c.colour);
        expect(provinceFill(c.to, max)).toBe(c.colour);
      }
    }
  });
});
