import { describe, expect, it, vi } from "vitest";
import { incidentRecordSelect, toIncidentRecord } from "@/lib/incidents/record/record";
import { IncidentRecordSchema } from "@/lib/incidents/record/record-schema";
import { recordToInput } from "@/lib/incidents/record/record-to-input";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { formValuesFromRecord } from "@/lib/incidents/form/form-values";
import { incidentFromFormValues } from "@/lib/incidents/form/form-data";
import { toIncidentRow } from "@/lib/incidents/write/incident-row";
import { recordFromSql } from "@/lib/incidents/audit/sql-record";
import { describeChange, diffIncidents } from "@/lib/incidents/audit/diff";
import { FIELD_LABELS } from "@/lib/incidents/field-labels";
import { CSV_COLUMNS, incidentCsvValues } from "@/lib/csv/csv-columns";
import { exportWriter, incidentFeature } from "@/lib/export/formats";
import { fromAtlasCsvRow } from "@/lib/import/atlas-csv-row";
import { readJsonFile } from "@/lib/import/read-json-file";
import { openApiDocument } from "@/lib/api/openapi";
import { buildIncident } from "@/prisma/factories";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { TableFieldControls } from "@/components/incident-form/table-field-controls";

// Hoisted above the imports: this file's modules load anew, with its mocks (tests/own-module-graph.ts).
await vi.hoisted(async () => (await import("@/tests/own-module-graph")).ownModuleGraph());

// The proof that a new field needs only a row in the field table (and its column in schema.prisma):
// two fields that do not exist, one on its own and one in the killed group, are added to the table,
// and every shape derived from it must carry them.
vi.mock("./field-table", async (importOriginal) => {
  const original = await importOriginal<typeof import("./field-table")>();
  const { CountSchema, optionalText } = await import("@/lib/validation/field-schemas");
  return {
    ...original,
    FIELD_TABLE: [
      ...original.FIELD_TABLE,
      {
        path: "claimedBy",
        column: "claimedBy",
        kind: "optionalText",
        label: "Claimed by",
        group: "what",
        codebook: "GTD gname",
        csv: { atlas: "claimed_by" },
        input: optionalText(100, "Claimed by"),
      },
      {
        path: "killed.foreigners",
        column: "killedForeigners",
        kind: "count",
        label: "Killed (foreigners)",
        group: "casualties",
        csv: { atlas: "killed_foreigners" },
        input: CountSchema,
      },
    ],
  };
});

const newFields = (x: unknown) => {
  const r = x as { claimedBy?: unknown; killed?: { foreigners?: unknown } };
  return { claimedBy: r.claimedBy, foreigners: r.killed?.foreigners };
};
const expected = { claimedBy: "Jaish-e-Fursan-e-Muhammad", foreigners: 2 };

// An incident with the new fields, saved (as its columns) and read back as the API's record.
const input = { ...buildIncident(), claimedBy: expected.claimedBy, killed: { total: 7, securityForces: 5, foreigners: 2 } };
const data = IncidentInputSchema.parse(input);
const row = toIncidentRow(data) as Record<string, unknown>;
const keeping = { id: 7, externalId: null, version: 1, createdAt: new Date("2024-03-17T10:00:00Z"), updatedAt: new Date("2024-03-18T10:00:00Z") };
const source = { id: 1, url: data.sources[0]!.url, outlet: "Example News", headline: null, publishedAt: null, language: "en", notes: null };
const record = toIncidentRecord({
  ...row,
  ...keeping,
  sources: [{ quote: null, originator: null, figures: [], source }],
  actors: [],
  claims: [],
} as unknown as Parameters<typeof toIncidentRecord>[0]);

describe("a field added to the field table", () => {
  it("is a control of the form, read back into the input the server checks", () => {
    const values = formValuesFromRecord(record);
    expect(values.claimedBy).toBe("Jaish-e-Fursan-e-Muhammad");
    expect(values["killed.foreigners"]).toBe("2");
    expect(FIELD_LABELS.claimedBy).toBe("Claimed by");
    const parsed = IncidentInputSchema.safeParse(incidentFromFormValues(values));
    expect(parsed.success).toBe(true);
    expect(newFields(parsed.data)).toEqual(expected);
  });

  it("has a control in its section of the form, by its kind, until a section places it", () => {
    const values = formValuesFromRecord(record);
    const form = {
      value: (name: string) => values[name] ?? "",
      bind: (name: string) => ({ name, value: values[name] ?? "", onValueChange: () => {}, errors: undefined }),
    };
    const html = renderToStaticMarkup(createElement(TableFieldControls, { form: form as never, group: "what" }));
    expect(html).toMatch(/<label[^>]*>Claimed by<\/label>/);
    expect(html).toContain('name="claimedBy" value="Jaish-e-Fursan-e-Muhammad"');
    const counts = renderToStaticMarkup(createElement(TableFieldControls, { form: form as never, group: "casualties" }));
    expect(counts).toContain('type="number"');
    expect(counts).toContain('name="killed.foreigners" value="2"');
  });

  it("is checked by the incident schema with the table's own check", () => {
    const parsed = IncidentInputSchema.safeParse({ ...recordToInput(record), claimedBy: "x".repeat(101), killed: { foreigners: -1 } });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["claimedBy", "killed.foreigners"]));
  });

  it("is stored in its column and read back into the API record, by Prisma and by raw SQL", () => {
    expect(row).toMatchObject({ claimedBy: "Jaish-e-Fursan-e-Muhammad", killedForeigners: 2 });
    expect(incidentRecordSelect).toMatchObject({ claimedBy: true, killedForeigners: true });
    expect(newFields(record)).toEqual(expected);
    expect(newFields(recordFromSql(row as never, keeping, { sources: [], actors: [], claims: [] }))).toEqual(expected);
  });

  it("is in the API's record schema and its OpenAPI description", () => {
    expect(newFields(IncidentRecordSchema.parse(record))).toEqual(expected);
    const schemas = openApiDocument().components.schemas as Record<string, { properties: Record<string, { properties?: object }> }>;
    expect(schemas.IncidentRecord!.properties).toHaveProperty("claimedBy");
    expect(schemas.IncidentRecord!.properties.killed!.properties).toHaveProperty("foreigners");
    expect(schemas.IncidentInput!.properties).toHaveProperty("claimedBy");
  });

  it("is exported as a CSV column, a GeoJSON property and a JSON field", () => {
    const cells = incidentCsvValues(record);
    expect(cells[CSV_COLUMNS.indexOf("claimed_by" as never)]).toBe("Jaish-e-Fursan-e-Muhammad");
    expect(cells[CSV_COLUMNS.indexOf("killed_foreigners" as never)]).toBe(2);
    expect(newFields(incidentFeature(record).properties)).toEqual(expected);
    expect(newFields(JSON.parse(exportWriter("json").item(record, 0)))).toEqual(expected);
  });

  it("is imported back from Atlas's CSV, JSON and GeoJSON", () => {
    const cells = incidentCsvValues(record);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, cells[i] === null ? "" : String(cells[i])]));
    expect(newFields(fromAtlasCsvRow(row).input)).toEqual(expected);

    for (const format of ["json", "geojson"] as const) {
      const w = exportWriter(format);
      const read = readJsonFile(w.head + w.item(record, 0) + w.tail);
      if (!read.ok) throw new Error(read.message);
      expect(newFields([...read.candidates][0]!.input)).toEqual(expected);
    }
  });

  it("is listed in the History under its label when it changes", () => {
    const before = recordToInput({ ...record, claimedBy: null, killed: { ...record.killed, foreigners: null } } as typeof record);
    const changes = diffIncidents(before, recordToInput(record)).map(describeChange);
    expect(changes).toEqual(["claimed by: (empty) -> Jaish-e-Fursan-e-Muhammad", "killed (foreigners): not reported -> 2"]);
  });
});
