import { describe, expect, it } from "vitest";
import { addRowEntries, removeRowEntries, rowCount } from "./form-rows";

describe("removeRowEntries", () => {
  const values = {
    title: "t",
    "sources.0.url": "a",
    "sources.1.url": "b",
    "sources.1.outlet": "B",
    "sources.2.url": "c",
    "claims.0.sourceUrl": "b",
  };

  it("drops the row and moves the later ones up", () => {
    expect(removeRowEntries(values, "sources", 1)).toEqual({
      title: "t",
      "sources.0.url": "a",
      "sources.1.url": "c",
      "claims.0.sourceUrl": "b",
    });
  });

  it("removes the first and the last row", () => {
    expect(removeRowEntries(values, "sources", 0)).toMatchObject({ "sources.0.url": "b", "sources.1.url": "c" });
    expect(rowCount(removeRowEntries(values, "sources", 2), "sources")).toBe(2);
  });

  it("shifts errors keyed by the row itself, too", () => {
    expect(removeRowEntries({ sources: ["Add one"], "sources.2.url": ["Bad"] }, "sources", 0)).toEqual({
      sources: ["Add one"],
      "sources.1.url": ["Bad"],
    });
  });
});

describe("addRowEntries / rowCount", () => {
  it("appends a row with its defaults", () => {
    const added = addRowEntries({ "sources.0.url": "a" }, "sources", { url: "", language: "en" });
    expect(added).toEqual({ "sources.0.url": "a", "sources.1.url": "", "sources.1.language": "en" });
    expect(rowCount(added, "sources")).toBe(2);
    expect(rowCount({}, "claims")).toBe(0);
  });
});
