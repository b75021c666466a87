import { describe, expect, it } from "vitest";
import { clearFilters, hrefFor, removeValue, toggleValue, valuesOf, withFilter } from "./filter-url";

describe("filter URLs", () => {
  it("adds a province and goes back to the first page", () => {
    expect(toggleValue("sort=killed&page=3", "province", "PK-KP")).toBe("sort=killed&province=PK-KP");
  });
  it("adds a second province and removes one", () => {
    const two = toggleValue("province=PK-KP", "province", "PK-BA");
    expect(valuesOf(two, "province")).toEqual(["PK-KP", "PK-BA"]);
    expect(toggleValue(two, "province", "PK-KP")).toBe("province=PK-BA");
  });
  it("reads comma-separated values", () => {
    expect(valuesOf("province=PK-KP,PK-BA", "province")).toEqual(["PK-KP", "PK-BA"]);
    expect(removeValue("province=PK-KP,PK-BA", "province", "PK-BA")).toBe("province=PK-KP");
  });
  it("removes one event type of several, whether repeated or comma-separated", () => {
    expect(removeValue("eventType=Battles&eventType=Riots", "eventType", "Battles")).toBe("eventType=Riots");
    expect(removeValue("eventType=Battles,Riots,Protests", "eventType", "Riots")).toBe("eventType=Battles&eventType=Protests");
  });
  it("replaces dates and drops empty values", () => {
    expect(withFilter("from=2024-01-01&q=x", { from: "2024-02-01", to: "2024-02-29", q: "" })).toBe("from=2024-02-01&to=2024-02-29");
  });
  it("removes a whole parameter", () => expect(removeValue("q=mir&minKilled=5", "minKilled")).toBe("q=mir"));
  it("clears every filter but keeps the sort", () => {
    expect(clearFilters("province=PK-KP&sort=killed&dir=asc&q=x&from=2024-01-01")).toBe("sort=killed&dir=asc");
  });
  it("builds hrefs without a dangling ?", () => {
    expect(hrefFor("/", "")).toBe("/");
    expect(hrefFor("/", "q=x")).toBe("/?q=x");
  });
});
