import { describe, expect, it } from "vitest";
import { parseIncidentFilter } from "@/lib/incidents/filter/filter";
import { filterValues, filtersSummary } from "./filter-values";

const filterOf = (query: string) => {
  const parsed = parseIncidentFilter(new URLSearchParams(query));
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
};

describe("filterValues", () => {
  it("is empty for no filter", () => {
    expect(filterValues(filterOf(""))).toEqual([]);
  });

  it("gives each value once, provinces and countries by name, in the chips' order", () => {
    const values = filterValues(filterOf("q=blast&province=PK-KP,PK-BA&from=2024-01-01&minKilled=5&disputed=true"));
    expect(values.map((v) => `${v.key}:${v.text}`)).toEqual([
      "province:Khyber Pakhtunkhwa",
      "province:Balochistan",
      "from:1 Jan 2024",
      "minKilled:5",
      "disputed:disputed",
      "q:“blast”",
    ]);
  });

  it("gives each event type its own chip", () => {
    const values = filterValues(filterOf("eventType=Battles&eventType=Riots,Protests"));
    expect(values).toEqual([
      { key: "eventType", value: "Battles", text: "Battles" },
      { key: "eventType", value: "Riots", text: "Riots" },
      { key: "eventType", value: "Protests", text: "Protests" },
    ]);
  });
});

describe("filtersSummary", () => {
  it("says how many filters apply", () => {
    expect(filtersSummary(0)).toBe("Filters: none apply");
    expect(filtersSummary(1)).toBe("Filters: 1 applies");
    expect(filtersSummary(3)).toBe("Filters: 3 apply");
  });
});
