import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/parse-csv";
import type { IncidentRecord } from "@/lib/incidents/record/record";
import { REPORT_CSV_COLUMNS } from "@/lib/csv/report-csv-columns";
import { reportsCsvWriter } from "./reports-csv";

type Report = IncidentRecord["sources"][number]["report"];
const source = (n: number, originator: string | null, figures: Report["figures"], facts: Report["facts"] = {}) => ({
  id: n,
  url: `https://news.example.org/${n}` as string | null,
  datasetRecord: null as string | null,
  outlet: n === 1 ? "Dawn" : "=cmd|' /C calc'!A0",
  headline: null,
  publishedAt: "2024-03-16",
  language: "en",
  notes: null,
  quote: null,
  report: { originator, figures, facts },
});

const record = {
  id: 7,
  title: "Attack on a checkpost, Mir Ali",
  eventDate: "2024-03-16",
  sources: [
    source(1, "ISPR", { "killed.total": { value: 7, quote: "Seven soldiers, the army said." }, "killed.securityForces": { value: 7, quote: null } }),
    source(
      2,
      null,
      { "killed.total": { value: 9, quote: null } },
      { location: { value: "Miranshah", quote: "in Miranshah" }, eventDate: { value: "2024-03-15", quote: null } },
    ),
  ],
  killed: { total: 7, securityForces: 7, civilians: null, militants: null, unknown: null, low: 7, high: 9 },
  injured: { total: null, securityForces: null, civilians: null, militants: null, unknown: null },
  coding: {},
} as unknown as IncidentRecord;

describe("reports CSV", () => {
  it("has a row per incident and source, every figure with its quote and whether the coded value rests on it", () => {
    const w = reportsCsvWriter();
    const rows = [...parseCsv(w.head + w.item(record, 0) + w.item({ ...record, id: 8, sources: [] }, 1))].map((r) => r.fields);
    expect(rows[0]).toEqual([...REPORT_CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const cell = (row: string[], name: string) => row[REPORT_CSV_COLUMNS.indexOf(name as never)];
    const [dawn, other] = [rows[1]!, rows[2]!];
    expect([cell(dawn, "atlas_id"), cell(dawn, "source_position"), cell(dawn, "outlet"), cell(dawn, "originator")]).toEqual(["7", "1", "Dawn", "ISPR"]);
    expect([cell(dawn, "killed_total"), cell(dawn, "killed_total_quote"), cell(dawn, "killed_total_coded_best")]).toEqual([
      "7",
      "Seven soldiers, the army said.",
      "true",
    ]);
    expect([cell(other, "killed_total"), cell(other, "killed_total_coded_best"), cell(other, "killed_security_forces")]).toEqual(["9", "false", ""]);
    expect(["reported_event_date", "reported_location", "reported_location_quote", "reported_perpetrator"].map((c) => cell(other, c))).toEqual([
      "2024-03-15",
      "Miranshah",
      "in Miranshah",
      "",
    ]);
    expect(cell(dawn, "reported_location")).toBe("");
    // A cell a spreadsheet would run as a formula is written as text.
    expect(cell(other, "outlet")).toBe("'=cmd|' /C calc'!A0");
  });

  it("names a dataset record in source_dataset_record, with no URL, and marks the coded value resting on its report (decision 020)", () => {
    const acled = {
      ...source(3, "Dawn; The News", { "killed.total": { value: 5, quote: null } }),
      url: null,
      datasetRecord: "ACLED PAK12345",
      outlet: "ACLED",
      publishedAt: null,
      archivedCopy: null,
    };
    const w = reportsCsvWriter();
    const rows = [...parseCsv(w.head + w.item({ ...record, sources: [acled], killed: { ...record.killed, total: 5, low: 5, high: 5 } }, 0))].map(
      (r) => r.fields,
    );
    const cell = (name: string) => rows[1]![REPORT_CSV_COLUMNS.indexOf(name as never)];
    expect(["source_url", "source_dataset_record", "outlet", "originator", "killed_total", "killed_total_coded_best"].map(cell)).toEqual([
      "",
      "ACLED PAK12345",
      "ACLED",
      "Dawn; The News",
      "5",
      "true",
    ]);
  });

  it("starts with a byte order mark for Excel when asked", () => {
    expect(reportsCsvWriter({ bom: true }).head.startsWith("\uFEFFatlas_id,")).toBe(true);
  });
});
