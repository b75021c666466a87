import { describe, expect, it } from "vitest";
import { findToll } from "./casualty-tolls";

describe("findToll", () => {
  it("reads death tolls and injury counts that rose", () => {
    expect(findToll("as the death toll from Sunday's attack rose to 54, including 23 minors")).toEqual([{ role: "killed", count: 54 }]);
    expect(findToll("the death toll had reached five")).toEqual([{ role: "killed", count: 5 }]);
    expect(findToll("the number of injured had risen to 221")).toEqual([{ role: "injured", count: 221 }]);
  });

  it("ignores tolls with no figure", () => {
    expect(findToll("the toll was much higher")).toEqual([]);
    expect(findToll("Seven soldiers were killed")).toEqual([]);
  });
});
