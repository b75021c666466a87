import { describe, expect, it } from "vitest";
import { shadeLegend, shadeStep } from "./map-shades";

describe("the map's shading", () => {
  it("leaves provinces without incidents unshaded", () => {
    expect(shadeStep(0, 10)).toBe(0);
    expect(shadeStep(0, 0)).toBe(0);
  });

  it("steps by quarter of the busiest province", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => shadeStep(n, 10))).toEqual([1, 1, 2, 2, 2, 3, 3, 4, 4, 4]);
    expect(shadeStep(1, 1)).toBe(4);
  });

  it("gives each step's range in the legend, matching the steps", () => {
    expect(shadeLegend(10)).toEqual([
      { step: 0, label: "none" },
      { step: 1, label: "1–2" },
      { step: 2, label: "3–5" },
      { step: 3, label: "6–7" },
      { step: 4, label: "8–10" },
    ]);
    for (const max of [1, 2, 3, 7, 10, 101]) {
      for (const { step, label } of shadeLegend(max).slice(1)) {
        const [low, high] = label.split("–").map(Number) as [number, number?];
        expect(shadeStep(low, max)).toBe(step);
        expect(shadeStep(high ?? low, max)).toBe(step);
      }
    }
    expect(shadeLegend(1)).toEqual([
      { step: 0, label: "none" },
      { step: 4, label: "1" },
    ]);
  });
});
