import { describe, expect, it } from "vitest";
import { reportedFiguresTable } from "./report-differences";

const source = (id: number, figures: Record<string, { value: number; quote: string | null }>, originator: string | null = null) => ({
  id,
  url: `https://news.example.org/${id}`,
  outlet: `Outlet ${id}`,
  publishedAt: "2024-03-16",
  report: { originator, figures, facts: {} },
});

describe("reportedFiguresTable", () => {
  it("marks a figure that another source gives differently, with the other values", () => {
    const t = reportedFiguresTable([
      source(1, { "killed.total": { value: 7, quote: "Seven soldiers were killed." } }, "the army"),
      source(2, { "killed.total": { value: 9, quote: null } }, "police"),
      source(3, { "killed.total": { value: 7, quote: null } }),
    ]);
    expect(t.fields.map((f) => f.path)).toEqual(["killed.total"]);
    expect(t.rows.map((r) => r.cells["killed.total"])).toEqual([
      { value: 7, quote: "Seven soldiers were killed.", differs: true, otherValues: [9] },
      { value: 9, quote: null, differs: true, otherValues: [7] },
      { value: 7, quote: null, differs: true, otherValues: [9] },
    ]);
    expect(t.rows[0]!.originator).toBe("the army");
  });

  it("does not mark agreeing figures, nor a figure only one source states", () => {
    const t = reportedFiguresTable([
      source(1, { "killed.total": { value: 7, quote: null }, "killed.securityForces": { value: 7, quote: null } }),
      source(2, { "killed.total": { value: 7, quote: null } }),
    ]);
    expect(t.rows[0]!.cells["killed.total"]!.differs).toBe(false);
    expect(t.rows[0]!.cells["killed.securityForces"]!.differs).toBe(false);
    // A source that does not say is an empty cell, not a disagreement.
    expect(t.rows[1]!.cells["killed.securityForces"]).toBeNull();
  });

  it("leaves out sources with no report and figures no source states", () => {
    const t = reportedFiguresTable([source(1, {}), source(2, { "injured.total": { value: 12, quote: null } })]);
    expect(t.rows.map((r) => r.id)).toEqual([2]);
    expect(t.fields.map((f) => f.path)).toEqual(["injured.total"]);
  });

  it("keeps a source that names an originator but no figure", () => {
    const t = reportedFiguresTable([source(1, {}, "a hospital official")]);
    expect(t.rows).toHaveLength(1);
    expect(t.fields).toEqual([]);
  });

  it("is empty when no source reports anything", () => {
    expect(reportedFiguresTable([source(1, {}), source(2, {})])).toEqual({ fields: [], rows: [] });
  });
});
