import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { toIncidentRecord } from "@/lib/incidents/record/record";
import { toIncidentRow } from "@/lib/incidents/write/incident-row";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { formValuesFromRecord } from "@/lib/incidents/form/form-values";
import { incidentFromFormValues } from "@/lib/incidents/form/form-data";
import { fromAcledRow } from "@/lib/acled/from-acled-row";
import { buildSource } from "@/prisma/factories";
import { DatasetSourceRow } from "./dataset-source-row";

const ROW = {
  event_id_cnty: "PAK12345",
  event_date: "2024-03-16",
  event_type: "Battles",
  sub_event_type: "Armed clash",
  country: "Pakistan",
  admin1: "Khyber Pakhtunkhwa",
  admin2: "North Waziristan",
  location: "Mir Ali",
  latitude: "32.97",
  longitude: "70.27",
  source: "Dawn; The News",
  notes: "Militants attacked a checkpost; 7 soldiers were killed.",
  fatalities: "7",
};

// An imported ACLED record, as stored (its row and its links) and read back as the edit form's record.
const data = IncidentInputSchema.parse(fromAcledRow(ROW).input);
const dataset = data.sources[0]!;
const record = toIncidentRecord({
  ...toIncidentRow(data),
  id: 3,
  externalId: "PAK12345",
  version: 1,
  createdAt: new Date("2024-03-17T10:00:00Z"),
  updatedAt: new Date("2024-03-18T10:00:00Z"),
  sources: [
    {
      quote: null,
      originator: dataset.report.originator,
      reportedFacts: null,
      figures: [{ field: "killed.total", value: 7, quote: null }],
      source: {
        ...{ id: 11, url: null, datasetRecord: dataset.datasetRecord, outlet: "ACLED", headline: null, publishedAt: null, language: "en", notes: null },
        ...{ archivedSha256: "ab12", archivedAt: new Date("2024-03-18T10:00:00Z") },
      },
    },
  ],
  actors: [],
  claims: [],
} as unknown as Parameters<typeof toIncidentRecord>[0]);

/** What the browser submits: the hidden inputs the row renders, by name. */
function submitted(html: string): Record<string, string> {
  const unescape = (s: string) =>
    s
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">");
  return Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)].map((m) => [m[1]!, unescape(m[2]!)]));
}

describe("a dataset source in the incident form", () => {
  const values = formValuesFromRecord(record);
  const form = { value: (name: string) => values[name] ?? "" };
  const html = renderToStaticMarkup(createElement(DatasetSourceRow, { form: form as never, index: 0 }));

  it("is shown read-only: its record, what it reports and whom it cites, with no field to edit", () => {
    expect(html).toContain("Source 1: ACLED PAK12345 (dataset record)");
    expect(html).toContain("ACLED’s record of the event. It reports killed (total) 7, citing Dawn; The News.");
    expect(html).not.toMatch(/<input(?![^>]*type="hidden")/);
    expect(html).not.toContain("<textarea");
  });

  it("is saved back unchanged with its report when the analyst edits the record and adds an article", () => {
    const edited = {
      ...Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith("sources."))),
      ...submitted(html),
      title: "Checkpost attack in Mir Ali",
      "sources.1.url": buildSource().url,
      "sources.1.outlet": "Example News",
      "sources.1.language": "en",
    };
    const parsed = IncidentInputSchema.parse(incidentFromFormValues(edited));
    expect(parsed.title).toBe("Checkpost attack in Mir Ali");
    expect(parsed.sources[0]).toMatchObject({
      url: null,
      datasetRecord: "ACLED PAK12345",
      outlet: "ACLED",
      report: { originator: "Dawn; The News", figures: { "killed.total": { value: 7, quote: null } } },
    });
    expect(parsed.sources[1]).toMatchObject({ url: buildSource().url, datasetRecord: null });
    // The coded total still rests on ACLED's report.
    expect(parsed.killed.total).toBe(7);
  });
});
