import { describe, expect, it } from "vitest";
import { FIELD_TABLE } from "@/lib/incidents/fields/field-table";
import { isDerived } from "@/lib/incidents/fields/field-spec";
import { fieldLabel, fieldOrder, fieldTarget, isPlacedInForm } from "./field-labels";

describe("fieldLabel", () => {
  it.each([
    ["title", "Title"],
    ["killed.securityForces", "Killed, security forces"],
    ["injured.total", "Injured, total"],
    ["killed.high", "Killed, high estimate"],
    ["sources.0.url", "Source 1, URL"],
    ["claims.2.sourceUrl", "Claim 3, source"],
    ["actors.0.name", "Actor 1, actor"],
    ["form", ""],
  ])("%s -> %s", (name, label) => {
    expect(fieldLabel(name)).toBe(label);
  });
});

describe("fieldOrder / fieldTarget", () => {
  it("lists problems in the order of the form", () => {
    const names = ["sources.1.url", "killed.militants", "subEventType", "sources.0.outlet", "title", "claims.0.kind", "sources.0.url"];
    expect([...names].sort((a, b) => fieldOrder(a) - fieldOrder(b))).toEqual([
      "title",
      "subEventType",
      "killed.militants",
      "sources.0.url",
      "sources.0.outlet",
      "sources.1.url",
      "claims.0.kind",
    ]);
  });

  it("sends a problem with a whole list to its Add button", () => {
    expect(fieldTarget("sources")).toBe("sources.add");
    expect(fieldTarget("sources.0.url")).toBe("sources.0.url");
  });
});

describe("isPlacedInForm", () => {
  it("is true of every field the table has today, so no section shows a control by kind alone", () => {
    const unplaced = FIELD_TABLE.filter((f) => !isDerived(f) && !isPlacedInForm(f.path)).map((f) => f.path);
    expect(unplaced).toEqual([]);
  });
});

describe("a source's report in the error summary", () => {
  it("names the source and the figure, in form order after the source's own fields", () => {
    expect(fieldLabel("sources.0.report.figures.killed.civilians.value")).toBe("Source 1, reported killed (civilians)");
    expect(fieldLabel("sources.1.report.figures.killed.total.quote")).toBe("Source 2, quote for killed (total)");
    expect(fieldLabel("sources.0.report.originator")).toBe("Source 1, figures attributed to");
    const names = ["sources.1.url", "sources.0.report.figures.injured.total.value", "sources.0.report.figures.killed.total.quote", "sources.0.url"];
    expect([...names].sort((a, b) => fieldOrder(a) - fieldOrder(b))).toEqual([
      "sources.0.url",
      "sources.0.report.figures.killed.total.quote",
      "sources.0.report.figures.injured.total.value",
      "sources.1.url",
    ]);
  });
});
