import { describe, expect, it } from "vitest";
import { codeFigures } from "@/lib/sources/coding/coded-figures";
import { incidentProvenance, type ProvenanceSource } from "./incident-provenance";

const source = (id: number, report: Partial<ProvenanceSource["report"]>, publishedAt = "2024-03-16"): ProvenanceSource => ({
  id,
  url: `https://news.example.org/${id}`,
  outlet: `Outlet ${id}`,
  publishedAt,
  report: { originator: null, figures: {}, facts: {}, ...report },
});

const record = (sources: ProvenanceSource[], extra: Partial<{ location: string; endDate: string }> = {}) => ({
  eventDate: "2024-03-16",
  endDate: extra.endDate ?? null,
  location: extra.location ?? "Mir Ali",
  district: "North Waziristan",
  actors: [{ name: "Hafiz Gul Bahadur group", role: "perpetrator" }],
  sources,
});

const provenanceOf = (r: ReturnType<typeof record>, typed: (p: string) => number | null = () => null) =>
  incidentProvenance(r, codeFigures(r.sources, {}, typed));

describe("incidentProvenance", () => {
  it("rests a coded figure on the report the rule picks, and lists every source that states it", () => {
    const r = record([
      source(1, { originator: "ISPR", figures: { "killed.total": { value: 7, quote: "Seven soldiers were martyred." } } }),
      source(2, { originator: "police sources", figures: { "killed.total": { value: 9, quote: null } } }, "2024-03-17"),
    ]);
    const p = provenanceOf(r)["killed.total"];
    expect(p).toMatchObject({ value: 7, rule: "reports", reportIds: [1], words: "best 7: ISPR via Outlet 1; reports range 7\u20139 across 2 sources" });
    expect(p.statements.map((s) => [s.reportId, s.value, s.basis])).toEqual([
      [1, 7, true],
      [2, 9, false],
    ]);
    expect(p.statements[0]!.quote).toBe("Seven soldiers were martyred.");
  });

  it("says a figure no source states is as entered, resting on no report", () => {
    const p = provenanceOf(record([source(1, {})]), (path) => (path === "injured.total" ? 4 : null))["injured.total"];
    expect(p).toMatchObject({ value: 4, rule: "entered", reportIds: [] });
  });

  it("rests the date, place and perpetrator on the sources that state the record's value, case and punctuation aside", () => {
    const r = record([
      source(1, {
        facts: {
          eventDate: { value: "2024-03-16", quote: null },
          location: { value: "mir ali", quote: "in Mir Ali" },
          perpetrator: { value: "Hafiz Gul Bahadur Group", quote: null },
        },
      }),
      source(2, { facts: { eventDate: { value: "2024-03-17", quote: null }, location: { value: "North Waziristan", quote: null } } }),
    ]);
    const p = provenanceOf(r);
    expect(p.eventDate).toMatchObject({ value: "2024-03-16", rule: "reports", reportIds: [1], words: "as 1 source states it; 1 source says otherwise" });
    // The district the record names is the same place, said less precisely.
    expect(p.location).toMatchObject({ value: "Mir Ali", rule: "reports", reportIds: [1, 2] });
    expect(p.perpetrator).toMatchObject({ value: "Hafiz Gul Bahadur group", rule: "reports", reportIds: [1] });
  });

  it("counts a place named less precisely as agreeing, but not a different place that shares a word", () => {
    const r = record(
      [source(1, { facts: { location: { value: "Mir Ali", quote: null } } }), source(2, { facts: { location: { value: "Mir Ali Khel", quote: null } } })],
      { location: "Mir Ali (Khaddi market area)" },
    );
    expect(provenanceOf(r).location).toMatchObject({ rule: "reports", reportIds: [1] });
  });

  it("counts a date inside the record's span as agreeing, and a place no source states as entered", () => {
    const r = record([source(1, { facts: { eventDate: { value: "2024-03-18", quote: null }, location: { value: "Wana", quote: null } } })], {
      endDate: "2024-03-20",
    });
    const p = provenanceOf(r);
    expect(p.eventDate).toMatchObject({ value: "2024-03-16/2024-03-20", rule: "reports", reportIds: [1] });
    expect(p.location).toMatchObject({ rule: "entered", reportIds: [], words: "entered by the analyst; no source states it; 1 source says otherwise" });
  });
});
