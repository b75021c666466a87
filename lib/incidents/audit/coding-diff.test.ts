import { describe, expect, it } from "vitest";
import { buildIncident } from "@/prisma/factories";
import { describeChange, diffIncidents } from "./diff";

describe("the History of a figure's coding", () => {
  it("says when a figure's coding changes, in words", () => {
    const before = buildIncident({ coding: {} });
    const chosen = buildIncident({ coding: { "killed.total": { rule: "reports", sourceUrl: "https://news.example.org/2" } } });
    const analyst = buildIncident({ coding: { "killed.total": { rule: "analyst", reason: "A later statement" } } });
    expect(diffIncidents(before, chosen).map(describeChange)).toEqual(["killed (total) coded: by the reports' rule -> chosen from https://news.example.org/2"]);
    expect(diffIncidents(chosen, analyst).map(describeChange)).toEqual([
      "killed (total) coded: chosen from https://news.example.org/2 -> set by the analyst: A later statement",
    ]);
  });

  it("says nothing when the coding is the same, or for a new record (its values say it)", () => {
    const analyst = buildIncident({ coding: { "killed.total": { rule: "analyst", reason: "A later statement" } } });
    expect(diffIncidents(analyst, structuredClone(analyst))).toEqual([]);
    expect(diffIncidents(buildIncident({ coding: {} }), buildIncident({}))).toEqual([]);
    expect(diffIncidents(null, analyst).some((c) => c.path.startsWith("coding."))).toBe(false);
  });
});
