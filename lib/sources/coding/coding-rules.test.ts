import { describe, expect, it } from "vitest";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { buildIncident, buildSource } from "@/prisma/factories";
import { toFieldErrors } from "@/lib/validation/field-errors";

const reported = (url: string, originator: string, total: number) => ({
  ...buildSource({ url, outlet: originator === "ISPR" ? "Arab News" : "Dawn" }),
  report: { originator, figures: { "killed.total": { value: total, quote: null }, "killed.securityForces": { value: total, quote: null } } },
});
const withReports = (coding: unknown, killed: Record<string, number | null> = { total: null, securityForces: null }) =>
  buildIncident({
    killed: { civilians: null, militants: null, unknown: null, ...killed } as never,
    sources: [reported("https://news.example.org/a", "ISPR", 7), reported("https://news.example.org/b", "police sources", 9)],
    coding: coding as never,
  });
const parse = (input: unknown) => IncidentInputSchema.safeParse(input);
const errorsOf = (input: unknown) => {
  const r = parse(input);
  return r.success ? {} : toFieldErrors(r.error);
};

describe("the coded figures through the incident schema", () => {
  it("stores the reports' rule: best from the most direct originator, low and high from every report", () => {
    const d = parse(withReports(undefined, { total: 100, securityForces: 100 })).data!;
    expect(d.killed).toMatchObject({ total: 7, securityForces: 7, low: 7, high: 9 });
    expect(d.coding).toEqual({});
  });

  it("stores the source the analyst chose", () => {
    const d = parse(withReports({ "killed.total": { rule: "reports", sourceUrl: "https://news.example.org/b" } }, { total: null, securityForces: null })).data;
    expect(d?.killed.total).toBe(9);
    expect(d?.coding).toEqual({ "killed.total": { rule: "reports", sourceUrl: "https://news.example.org/b", reason: null } });
  });

  it("keeps the analyst's value with its reason", () => {
    const d = parse(withReports({ "killed.total": { rule: "analyst", reason: "Later reports raised the toll" } }, { total: 12, securityForces: null })).data;
    expect(d?.killed).toMatchObject({ total: 12, securityForces: 7 });
  });

  it("asks for a reason when the analyst sets a value, on the reason's control", () => {
    expect(errorsOf(withReports({ "killed.total": { rule: "analyst", reason: "  " } }, { total: 12, securityForces: null }))).toEqual({
      "coding.killed.total.reason": ["Say in a few words why you set killed (total) yourself"],
    });
  });

  it("refuses a chosen source that is not one of the incident's sources stating the figure", () => {
    expect(errorsOf(withReports({ "killed.total": { rule: "reports", sourceUrl: "https://elsewhere.example/x" } }))).toEqual({
      "coding.killed.total.sourceUrl": ["Choose one of this incident's sources that reports killed (total)"],
    });
  });

  it("checks the casualty rules on the figures as coded", () => {
    const e = errorsOf(withReports({ "killed.total": { rule: "analyst", reason: "typed" } }, { total: 3, securityForces: null }));
    expect(e["killed.total"]).toEqual(["Total killed (3) cannot be less than security forces (7)"]);
  });
});
