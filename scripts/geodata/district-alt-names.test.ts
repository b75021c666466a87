import { describe, expect, it } from "vitest";
import { districtAltNames } from "./district-alt-names";

describe("districtAltNames", () => {
  it("writes the ezafe link the ways the press does", () => {
    expect(districtAltNames("Nawah-ye Barakzai", [])).toEqual(expect.arrayContaining(["Nawah Barakzai", "Nawah-i-Barakzai", "Nawa Barakzai"]));
  });
  it("writes a final -ah as -a, but leaves Shah alone", () => {
    expect(districtAltNames("Nawah", [])).toEqual(["Nawa"]);
    expect(districtAltNames("Shah Wali Kot", [])).toEqual([]);
  });
  it("keeps the extra spellings given", () => {
    expect(districtAltNames("Watapur", ["Wata Pur"])).toEqual(["Wata Pur"]);
  });
});
