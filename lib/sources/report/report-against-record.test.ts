import { describe, expect, it } from "vitest";
import { reportAgainstRecord } from "./report-against-record";

const record = {
  killed: { total: 4, securityForces: null, civilians: 4, militants: null },
  injured: { total: 38, securityForces: null, civilians: null, militants: null },
};

describe("a source's report against the record", () => {
  it("lists each stated figure the record does not match, with both values", () => {
    expect(
      reportAgainstRecord(
        { "killed.total": { value: 5, quote: null }, "killed.civilians": { value: 4, quote: "q" }, "injured.total": { value: 38, quote: null } },
        record,
      ),
    ).toEqual([{ path: "killed.total", label: "Killed (total)", reported: 5, recorded: 4 }]);
  });

  it("counts a figure the record leaves empty as a difference, and one the source does not state as none", () => {
    expect(reportAgainstRecord({ "killed.securityForces": { value: 2, quote: null } }, record)).toEqual([
      { path: "killed.securityForces", label: "Killed (security forces)", reported: 2, recorded: null },
    ]);
    expect(reportAgainstRecord({}, record)).toEqual([]);
  });
});
