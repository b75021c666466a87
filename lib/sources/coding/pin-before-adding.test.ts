import { describe, expect, it } from "vitest";
import { codeFigures, type CodingSource } from "./coded-figures";
import { pinBeforeAdding } from "./pin-before-adding";

const ispr: CodingSource = {
  url: "https://a.example/ispr",
  outlet: "Dawn",
  publishedAt: "2024-03-16",
  report: { originator: "ISPR", figures: { "killed.total": { value: 7, quote: null } } },
};
const typed = { "killed.total": 7, "killed.civilians": 3, "injured.total": null } as Record<string, number | null>;
const coded = codeFigures([ispr], {}, (p) => typed[p] ?? null);

describe("pinning the coded figures before a source's report is added", () => {
  it("keeps a value resting on the reports on the report it rests on", () => {
    expect(pinBeforeAdding(coded, {}, new Set(["killed.total"]), "Geo News")).toEqual({
      "killed.total": { rule: "reports", sourceUrl: ispr.url, reason: null },
    });
  });

  it("keeps a value the analyst entered, saying why, and leaves an empty figure to the new report", () => {
    expect(pinBeforeAdding(coded, {}, new Set(["killed.civilians", "injured.total"]), "Geo News")).toEqual({
      "killed.civilians": { rule: "analyst", sourceUrl: null, reason: "As recorded before Geo News's report was added" },
    });
  });

  it("leaves the analyst's own coding and the figures the new report does not state alone", () => {
    const coding = { "killed.total": { rule: "analyst" as const, sourceUrl: null, reason: "Counts the attackers" } };
    expect(pinBeforeAdding(coded, coding, new Set(["killed.total"]), "Geo News")).toEqual(coding);
    expect(pinBeforeAdding(coded, {}, new Set(), "Geo News")).toEqual({});
  });
});
