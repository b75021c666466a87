import { z } from "zod";
import { IncidentFilterSchema } from "@/lib/incidents/filter/filter";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { IncidentRecordSchema } from "@/lib/incidents/record/record-schema";
import { IncidentLinksSchema } from "@/lib/incidents/links/link-record-schema";
import { IncidentProvenanceSchema } from "@/lib/sources/provenance/provenance-schema";
import { PlaceQuerySchema } from "@/lib/geo/place-search";
import { ImportConfirmSchema, ImportPreviewSchema, ImportProgressSchema } from "@/lib/import/preview";
import { MAX_IMPORT_BYTES } from "@/lib/import/read-import-file";
import { CSV_COLUMNS } from "@/lib/csv/csv-columns";
import { REPORT_CSV_COLUMNS } from "@/lib/csv/report-csv-columns";
import { LOAD_LIMITS } from "@/lib/limits/load-limits";
import { ApiErrorSchema } from "./error-schema";
import { PageParamsSchema } from "./page-params";
import { ExpectedVersionSchema } from "./expected-version";

type JsonSchema = { properties?: Record<string, JsonSchema>; required?: string[]; type?: string; [key: string]: unknown };

const FILTER_HELP: Record<string, string> = {
  province: "Province by ISO 3166-2 code (PK-KP), name, or former name (FATA maps to Khyber Pakhtunkhwa). Repeat or comma-separate.",
  country: "ISO 3166-1 alpha-3 code (PAK, AFG). Repeatable.",
  from: "First day, YYYY-MM-DD.",
  to: "Last day, YYYY-MM-DD.",
  eventType: "ACLED event type. Repeatable.",
  subEventType: "ACLED sub-event type. Repeatable.",
  actor: "Actor name or alias. Repeatable.",
  minKilled: "At least this many killed.",
  status:
    "Absent: published records only. draft, in_review, rejected or all (every status) for analysts and admins; for anyone else the parameter is ignored and published records are returned (decision 017).",
  disputed: "true: only incidents whose sources report different values for the same figure.",
  q: "Words in the title, summary, place, district, a source's headline or a source's archived copy.",
  limit: "Page size.",
  cursor:
    "nextCursor of the previous page: the day and id of its last record (2024-03-16_1234), so pages neither repeat nor skip records while others are added. A cursor of the earlier form (the id alone) is still read (decision 028).",
  bom: "1 to start the CSV with a UTF-8 byte order mark (for Excel).",
};

/** Query parameters from a zod object schema (its input side: what a client sends). */
function queryParameters(schema: z.ZodType, help: Record<string, string> = {}): object[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    ...(help[name] ? { description: help[name] } : {}),
    schema: s,
    ...(s.type === "array" ? { style: "form", explode: true } : {}),
  }));
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: object) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(ref("ApiError")) });
const UNAUTHORIZED = "Not signed in (session cookie or Authorization: Bearer <API token>)";
const FORBIDDEN = "The account is not an analyst, or a cookie-authenticated write came from another site";
const idParam = { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } };
const tokenParam = { name: "token", in: "path", required: true, schema: { type: "string", format: "uuid" } };

/** The OpenAPI 3.1 description of the API, generated from the same zod schemas the handlers use. */
export function openApiDocument() {
  const filter = queryParameters(IncidentFilterSchema, FILTER_HELP);
  const page = queryParameters(PageParamsSchema, FILTER_HELP);
  const exportParams = [...filter];
  const exportOp = (format: string, mediaType: string, description: string, what = "the filtered incidents") => ({
    get: {
      tags: ["Export"],
      summary: `Export ${what} as ${format}`,
      description: `${description} Streamed a page at a time, so any number of incidents can be exported.`,
      parameters:
        format === "CSV"
          ? [...exportParams, { name: "bom", in: "query", description: FILTER_HELP.bom, schema: { type: "string", enum: ["1"] } }]
          : exportParams,
      responses: {
        200: { description: `The ${format} file`, content: { [mediaType]: { schema: { type: "string" } } } },
        400: error("The filter is not valid"),
        429: error(`This client already runs ${LOAD_LIMITS.exportsPerClient} exports; the Retry-After header says when to try again`),
      },
    },
  });
  return {
    openapi: "3.1.0",
    info: {
      title: "Incident Atlas API",
      version: "1",
      description:
        "Structured, sourced records of violent incidents. Every error has the shape { error: { code, message, fields } }. " +
        "List and export endpoints take the same filter parameters as the pages, so any view is a link.",
    },
    paths: {
      "/api/incidents": {
        get: {
          tags: ["Incidents"],
          summary: "List incidents, newest first, a page at a time",
          parameters: [...filter, ...page],
          responses: {
            200: {
              description: "A page of incidents, newest first (then the highest id); pass nextCursor as cursor for the next one (null on the last page)",
              content: json({
                type: "object",
                properties: { items: { type: "array", items: ref("IncidentRecord") }, nextCursor: { type: ["string", "null"] } },
                required: ["items", "nextCursor"],
              }),
            },
            400: error("The filter or paging parameters are not valid (a cursor that cannot be read, or names an incident that no longer exists)"),
          },
        },
        post: {
          tags: ["Incidents"],
          summary: "Create an incident",
          requestBody: { required: true, content: json(ref("IncidentInput")) },
          responses: {
            201: { description: "The created incident", content: json({ allOf: [ref("IncidentRecord"), ref("IncidentProvenance"), ref("IncidentLinks")] }) },
            400: error("Not JSON, or the incident is not valid (fields name each problem)"),
            401: error(UNAUTHORIZED),
            403: error(FORBIDDEN),
          },
        },
      },
      "/api/incidents/{id}": {
        get: {
          tags: ["Incidents"],
          summary:
            "One incident with its sources, actors and claims, its sources' reports, the provenance of each coded value and its links to other incidents",
          parameters: [idParam],
          responses: {
            200: { description: "The incident", content: json({ allOf: [ref("IncidentRecord"), ref("IncidentProvenance"), ref("IncidentLinks")] }) },
            400: error("Malformed id"),
            404: error("No such incident"),
          },
        },
        patch: {
          tags: ["Incidents"],
          summary: "Replace an incident (the whole record, as POST, plus the version it was edited from)",
          description:
            "Send the record's `version` from the GET you started from. If someone saved a newer version meanwhile, nothing is written: 409 with currentVersion and the current record; re-apply your change to it and send that version. An edit of a published record waits for review (unless the admins allow single-analyst publishing): 202, and the record stays as published until another analyst or an admin publishes the edit.",
          parameters: [idParam],
          requestBody: { required: true, content: json({ allOf: [ref("IncidentInput"), schemaOf(ExpectedVersionSchema, "input")] }) },
          responses: {
            200: { description: "The updated incident", content: json({ allOf: [ref("IncidentRecord"), ref("IncidentProvenance"), ref("IncidentLinks")] }) },
            202: {
              description: "An edit of a published record, kept for review; the published record is unchanged",
              content: json({
                type: "object",
                properties: { status: { const: "pending_review" }, id: { type: "integer" }, message: { type: "string" }, review: { type: "string" } },
                required: ["status", "id", "message", "review"],
              }),
            },
            400: error("Not valid, or no version"),
            401: error(UNAUTHORIZED),
            403: error(FORBIDDEN),
            404: error("No such incident"),
            409: {
              description: "A newer version was saved meanwhile",
              content: json({
                allOf: [
                  ref("ApiError"),
                  {
                    type: "object",
                    properties: { currentVersion: { type: "integer" }, current: ref("IncidentRecord") },
                    required: ["currentVersion", "current"],
                  },
                ],
              }),
            },
          },
        },
      },
      "/api/export.csv": exportOp("CSV", "text/csv", `ACLED's columns first, then Atlas's own: ${CSV_COLUMNS.join(", ")}. RFC 4180 quoting, CRLF line ends.`),
      "/api/export.geojson": exportOp(
        "GeoJSON",
        "application/geo+json",
        "An RFC 7946 FeatureCollection: one Point feature per incident (no geometry when it has no coordinates), its properties the IncidentRecord.",
      ),
      "/api/export.json": exportOp(
        "JSON",
        "application/json",
        "{ items: IncidentRecord[] }, each record with `links` (as in IncidentLinks): its links to other incidents, by their ids in this atlas; links to unpublished records only when the export asks for unpublished records (status=). An import does not read links back.",
      ),
      "/api/export/reports.csv": exportOp(
        "CSV",
        "text/csv",
        `One row per incident and source (incidents in id order, sources in the record's order; an incident without sources has none): what the source reports for each figure, its quote, and whether the incident's coded value rests on it. Columns: ${REPORT_CSV_COLUMNS.join(", ")}. An empty cell: the source does not say. RFC 4180 quoting, CRLF line ends.`,
        "the sources' reports of the filtered incidents",
      ),
      "/api/imports": {
        post: {
          tags: ["Import"],
          summary: "Upload a file and preview its import (writes nothing)",
          description: `CSV in ACLED's layout or Atlas's export (comma, semicolon or tab; BOM optional), or Atlas's GeoJSON or JSON export. At most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
          requestBody: {
            required: true,
            content: { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } }, required: ["file"] } } },
          },
          responses: {
            200: { description: "What the import would do, row by row", content: json(ref("ImportPreview")) },
            400: error("No file"),
            401: error("Not signed in (session cookie or Authorization: Bearer <API token>)"),
            403: error("The account is not an analyst"),
            413: error("The file is too large"),
            422: error("The file cannot be read: binary, wrong columns, no rows, a malformed CSV or JSON"),
          },
        },
      },
      "/api/imports/{token}": {
        post: {
          tags: ["Import"],
          summary: "Confirm a previewed import: one transaction, all rows or none",
          description:
            'Only the analyst who uploaded the file may confirm it. Rows whose record was saved after the file was exported (action "conflict" in the preview) are written only when `overwrite` names them; a record saved again after the preview is not overwritten. No body means `{"overwrite": "none"}`.',
          parameters: [tokenParam],
          requestBody: { required: false, content: json(ref("ImportConfirm")) },
          responses: {
            200: { description: "NDJSON: progress lines, then a done or error line", content: { "application/x-ndjson": { schema: ref("ImportProgress") } } },
            400: error("The body is not valid"),
            401: error("Not signed in"),
            403: error("The account is not an analyst"),
            404: error("Unknown or expired upload, or another user's"),
          },
        },
        delete: {
          tags: ["Import"],
          summary: "Discard a previewed upload",
          parameters: [tokenParam],
          responses: {
            204: { description: "Discarded" },
            401: error(UNAUTHORIZED),
            403: error(FORBIDDEN),
            404: error("Unknown or expired upload, or another user's"),
          },
        },
      },
      "/api/places": {
        get: {
          tags: ["Places"],
          summary: "Search the bundled gazetteer",
          parameters: queryParameters(PlaceQuerySchema, {
            q: "Place name, at least two letters.",
            limit: "Most matches to return.",
            country: "ISO 3166-1 alpha-3 code.",
          }),
          responses: { 200: { description: "{ items: matching places }", content: json({ type: "object" }) }, 400: error("The search is not valid") },
        },
      },
      "/api/openapi.json": {
        get: { tags: ["Docs"], summary: "This document", responses: { 200: { description: "OpenAPI 3.1", content: json({ type: "object" }) } } },
      },
    },
    components: {
      schemas: {
        IncidentRecord: schemaOf(IncidentRecordSchema, "output"),
        IncidentProvenance: schemaOf(IncidentProvenanceSchema, "output"),
        IncidentLinks: schemaOf(IncidentLinksSchema, "output"),
        IncidentInput: schemaOf(IncidentInputSchema, "input"),
        ImportPreview: schemaOf(ImportPreviewSchema, "output"),
        ImportProgress: schemaOf(ImportProgressSchema, "output"),
        ImportConfirm: schemaOf(ImportConfirmSchema, "input"),
        ApiError: schemaOf(ApiErrorSchema, "output"),
      },
    },
  };
}

function schemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  // A schema with a meta id comes back as { $ref: "#/$defs/Id", $defs: { Id } }: unwrap it.
  const defs = out.$defs as Record<string, JsonSchema> | undefined;
  const id = typeof out.$ref === "string" ? out.$ref.replace("#/$defs/", "") : null;
  const body = id && defs?.[id] ? defs[id] : out;
  delete body.$schema;
  return body;
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
