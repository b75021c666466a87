import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { FILTER_KEYS } from "@/lib/incidents/filter/filter";

describe("openApiDocument", () => {
  const doc = openApiDocument();

  it("is OpenAPI 3.1 with every endpoint", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/incidents",
        "/api/incidents/{id}",
        "/api/export.csv",
        "/api/export.geojson",
        "/api/export.json",
        "/api/export/reports.csv",
        "/api/imports",
        "/api/imports/{token}",
        "/api/openapi.json",
      ]),
    );
  });

  it("describes the filter parameters from the filter schema, the same on the list and the exports", () => {
    const names = (path: keyof typeof doc.paths) => (doc.paths[path] as { get: { parameters: { name: string }[] } }).get.parameters.map((p) => p.name);
    expect(names("/api/incidents")).toEqual([...FILTER_KEYS, "limit", "cursor"]);
    expect(names("/api/export.geojson")).toEqual([...FILTER_KEYS]);
    expect(names("/api/export.csv")).toEqual([...FILTER_KEYS, "bom"]);
    expect(names("/api/export/reports.csv")).toEqual([...FILTER_KEYS, "bom"]);
    expect(FILTER_KEYS).toContain("disputed");
  });

  it("generates the schemas from zod, and every $ref resolves", () => {
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, unknown> }>;
    expect(Object.keys(schemas.IncidentRecord!.properties!)).toEqual(
      expect.arrayContaining(["id", "externalId", "killed", "sources", "claims", "coding", "sourceCount", "figuresDisputed"]),
    );
    expect(Object.keys(schemas.IncidentInput!.properties!)).toEqual(expect.arrayContaining(["title", "eventDate", "sources"]));
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const name of refs) expect(schemas, name).toHaveProperty(name);
  });
});

describe("openApiDocument: source reports (#13)", () => {
  const json = JSON.stringify(openApiDocument());
  const doc = JSON.parse(json) as { components: { schemas: Record<string, Record<string, unknown>> } };

  it("describes sources[i].report in the record and the input, with each reported figure", () => {
    const find = (schema: unknown): unknown => {
      // The report is either inline or a $ref to the shared SourceReport schema.
      const s = schema as { $ref?: string };
      return s.$ref ? doc.components.schemas[s.$ref.split("/").pop()!] : s;
    };
    for (const name of ["IncidentRecord", "IncidentInput"]) {
      const sources = (doc.components.schemas[name]!.properties as Record<string, { items: { properties: Record<string, unknown>; required?: string[] } }>)
        .sources!;
      const report = find(sources.items.properties.report) as { properties: { originator: unknown; figures: unknown } };
      expect(report.properties, name).toHaveProperty("originator");
      const figures = find(report.properties.figures) as { properties: Record<string, unknown> };
      expect(Object.keys(figures.properties), name).toEqual(expect.arrayContaining(["killed.total", "killed.securityForces", "injured.total"]));
    }
    expect(json).toContain("The sentence in the source that states the figure");
    expect(json).not.toContain('"#/$defs/');
  });

  it("describes a source as an article (url) or a dataset record (datasetRecord), in the record and the input (decision 020)", () => {
    for (const name of ["IncidentRecord", "IncidentInput"]) {
      const sources = (doc.components.schemas[name]!.properties as Record<string, { items: { properties: Record<string, { description?: string }> } }>)
        .sources!;
      expect(sources.items.properties.datasetRecord?.description, name).toContain("ACLED PAK12345");
      expect(sources.items.properties.url?.description, name).toContain("dataset record");
    }
  });
});

describe("openApiDocument: reports and provenance (#13)", () => {
  const doc = openApiDocument() as unknown as {
    paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
    components: { schemas: Record<string, { properties: Record<string, { properties?: Record<string, unknown> }> }> };
  };

  it("describes GET /api/incidents/{id} as the record plus reports and provenance for every coded value", () => {
    const schema = JSON.stringify(doc.paths["/api/incidents/{id}"]!.get.responses["200"]!.content["application/json"]!.schema);
    expect(schema).toContain("#/components/schemas/IncidentProvenance");
    const p = doc.components.schemas.IncidentProvenance!.properties;
    expect(Object.keys(p)).toEqual(["reports", "provenance"]);
    expect(Object.keys(p.provenance!.properties!)).toEqual(
      expect.arrayContaining(["killed.total", "injured.civilians", "eventDate", "location", "perpetrator"]),
    );
  });
});
