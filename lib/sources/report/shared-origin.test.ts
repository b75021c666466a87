import { describe, expect, it } from "vitest";
import { reportedFiguresTable } from "./report-differences";
import { sharedOrigins } from "./shared-origin";
import type { SourceReport } from "./report-schema";

const source = (id: number, originator: string | null, figures: SourceReport["figures"]) => ({
  id,
  url: `https://news.example.org/${id}`,
  outlet: `Outlet ${id}`,
  publishedAt: null,
  report: { originator, figures, facts: {} },
});
const seven = { "killed.total": { value: 7, quote: null }, "killed.securityForces": { value: 7, quote: null } };

describe("one origin, not independent confirmation", () => {
  it("notes figures that every reporting source attributes to the same originator", () => {
    const table = reportedFiguresTable([
      source(1, "ISPR", seven),
      source(2, "the ISPR", seven),
      source(3, "Ispr ", { "killed.total": { value: 7, quote: null } }),
    ]);
    expect(sharedOrigins(table)).toEqual([
      { labels: ["Killed (total)"], originator: "ISPR", sourceCount: 3 },
      { labels: ["Killed (security forces)"], originator: "ISPR", sourceCount: 2 },
    ]);
  });

  it("joins figures that rest on the same sources into one note", () => {
    const table = reportedFiguresTable([source(1, "police", seven), source(2, "Police", seven)]);
    expect(sharedOrigins(table)).toEqual([{ labels: ["Killed (total)", "Killed (security forces)"], originator: "police", sourceCount: 2 }]);
  });

  it("makes no note for one source, for different originators, or when a source does not say", () => {
    expect(sharedOrigins(reportedFiguresTable([source(1, "ISPR", seven)]))).toEqual([]);
    expect(sharedOrigins(reportedFiguresTable([source(1, "ISPR", seven), source(2, "a hospital official", seven)]))).toEqual([]);
    expect(sharedOrigins(reportedFiguresTable([source(1, "ISPR", seven), source(2, null, seven)]))).toEqual([]);
  });
});
