import { describe, expect, it } from "vitest";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { provinceFromPoint } from "@/lib/geo/province-from-point";
import { seededRandom } from "./random";
import { syntheticIncident } from "./synthetic-incident";

const make = (count: number, seed = 1) => {
  const r = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => syntheticIncident(i + 1, r));
};

describe("syntheticIncident", () => {
  it("produces valid incidents", () => {
    for (const input of make(400)) {
      const parsed = IncidentInputSchema.safeParse(input);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });
  it("is deterministic for a seed and differs across seeds", () => {
    expect(make(50)).toEqual(make(50));
    expect(make(50, 2)).not.toEqual(make(50));
  });
  it("is clearly synthetic", () => {
    for (const input of make(50)) {
      expect(input.title).toMatch(/^Synthetic \d+:/);
      for (const s of input.sources ?? []) expect(s.url).toMatch(/^https:\/\/synthetic\.example\.org\//);
    }
  });
  it("puts town-level points inside their province", () => {
    const towns = make(300).filter((i) => i.geoPrecision === "town");
    const inside = towns.filter((i) => provinceFromPoint(i.latitude!, i.longitude!)?.name === i.province);
    expect(inside.length / towns.length).toBeGreaterThan(0.95);
  });
});
