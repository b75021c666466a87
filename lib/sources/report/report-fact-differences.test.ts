import { describe, expect, it } from "vitest";
import { reportedFactsTable } from "./report-fact-differences";

const source = (id: number, facts: Record<string, { value: string; quote: string | null }>) => ({
  id,
  url: `https://news.example.org/${id}`,
  outlet: `Outlet ${id}`,
  publishedAt: "2024-03-16",
  report: { facts },
});

describe("reportedFactsTable", () => {
  it("marks a place another source names differently, case and punctuation aside", () => {
    const t = reportedFactsTable([
      source(1, { location: { value: "Mir Ali", quote: "an army post in Mir Ali" }, eventDate: { value: "2024-03-16", quote: null } }),
      source(2, { location: { value: "mir-ali", quote: null } }),
      source(3, { location: { value: "Miranshah", quote: null } }),
    ]);
    expect(t.fields.map((f) => f.path)).toEqual(["eventDate", "location"]);
    expect(t.rows.map((r) => r.cells.location?.differs)).toEqual([true, true, true]);
    expect(t.rows[0]!.cells.location!.otherValues).toEqual(["Miranshah"]);
    // The same place written twice is one other value.
    expect(t.rows[2]!.cells.location!.otherValues).toEqual(["Mir Ali"]);
    // Only one source gives a date: nothing to disagree with; the others do not say.
    expect(t.rows[0]!.cells.eventDate!.differs).toBe(false);
    expect(t.rows[1]!.cells.eventDate).toBeNull();
  });

  it("leaves out sources that state no fact", () => {
    const t = reportedFactsTable([source(1, {}), source(2, { perpetrator: { value: "TTP", quote: null } })]);
    expect(t.rows.map((r) => r.id)).toEqual([2]);
    expect(t.fields).toEqual([{ path: "perpetrator", label: "Perpetrator or claimant" }]);
  });
});
