import { describe, expect, it } from "vitest";
import { compactPlaceName, normalisePlaceName } from "./normalise-place-name";

describe("normalisePlaceName", () => {
  it.each([
    ["Khōst", "khost"],
    ["North Wazīristān", "north waziristan"],
    ["D.I. Khan", "di khan"],
    ["DI Khan", "di khan"],
    ["Mazār-e Sharīf", "mazar e sharif"],
    ["Qal‘ah-ye Now", "qalah ye now"],
    ["  Spīn  Bōldak ", "spin boldak"],
    ["", ""],
  ])("%s -> %s", (input, expected) => {
    expect(normalisePlaceName(input)).toBe(expected);
  });

  it("compacts spaces away so joined spellings meet", () => {
    expect(compactPlaceName("Miran Shah")).toBe(compactPlaceName("Miranshah"));
    expect(compactPlaceName("Lashkar Gāh")).toBe("lashkargah");
  });
});
