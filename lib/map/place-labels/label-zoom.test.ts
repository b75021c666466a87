import { describe, expect, it } from "vitest";
import { compareLabelPriority, labelMinZoom, type LabelPlace } from "./label-zoom";

const p = (featureCode: string, population: number, name = "X"): LabelPlace => ({ name, featureCode, population });

describe("labelMinZoom", () => {
  it.each([
    ["a national capital, whatever its size", p("PPLC", 10), 4],
    ["a city of two million", p("PPL", 2_000_000), 4],
    ["a city of a million", p("PPL", 1_000_000), 5],
    ["a large province capital", p("PPLA", 733_675), 5],
    ["a small province capital", p("PPLA", 96_123), 6],
    ["a city of 300,000", p("PPL", 300_000), 6],
    ["a town of 75,000", p("PPL", 75_000), 7],
    ["a district seat", p("PPLA2", 3_000), 8],
    ["a town of 20,000", p("PPL", 20_000), 8],
    ["a village", p("PPL", 2_223), 9],
    ["a place with no population", p("PPL", 0), 9],
  ])("%s", (_, place, zoom) => {
    expect(labelMinZoom(place)).toBe(zoom);
  });
});

describe("compareLabelPriority", () => {
  it("puts the earlier zoom first, then the seat of government, then the larger town, then the name", () => {
    const sorted = [p("PPL", 5_000, "B"), p("PPLA2", 4_000, "C"), p("PPL", 5_000, "A"), p("PPL", 80_000, "D"), p("PPLA2", 9_000, "E")].sort(
      compareLabelPriority,
    );
    expect(sorted.map((x) => x.name)).toEqual(["D", "E", "C", "A", "B"]);
  });
});
