import type { ActorKind, ActorRole, Certainty, ClaimKind } from "@/generated/prisma/enums";
import type { AuditSnapshot } from "./snapshot";
import { utcToIsoDate } from "@/lib/dates/iso-date";
import { recordFieldsFromColumns } from "../fields/record-fields";
import type { FieldSpec } from "../fields/field-spec";
import { reportFromRows } from "@/lib/sources/report/report-record";
import { codingFromColumn } from "@/lib/sources/coding/coding-schema";
import { reportSummary } from "@/lib/sources/report/report-summary";

/** A value as better-sqlite3 returns or binds it; dates may also be Date objects (the bulk writer's row). */
type Stored = string | number | bigint | boolean | Date | null | undefined;

/** An Incident row as stored (dates as text, booleans as 0/1), keyed by column. */
export type StoredIncident = Record<string, Stored>;

/** An incident's record keeping as stored; the columns of the same row when read back. */
export type StoredKeeping = { id: Stored; externalId: Stored; version: Stored; createdAt: Stored; updatedAt: Stored };

/** The rows an incident links to, in the order the record lists them (position, then link id). */
export type StoredRelations = {
  sources: ({
    id: number;
    url: string | null;
    datasetRecord: string | null;
    outlet: string;
    headline: Stored;
    publishedAt: Stored;
    language: string;
    notes: Stored;
    quote: Stored;
  } & {
    archivedSha256: Stored;
    archivedAt: Stored;
    originator: Stored;
    reportedFacts: Stored;
    figures: { field: string; value: number | bigint; quote: string | null }[];
  })[];
  actors: { id: number; name: string; kind: string; role: string; certainty: string }[];
  claims: {
    id: number;
    kind: string;
    claimantName: string;
    claimantRole: Stored;
    subject: string;
    statement: string;
    madeOn: Stored;
    source: { id: number; url: string | null; datasetRecord: string | null; outlet: string } | null;
  }[];
};

/**
 * A stored DATETIME as the Prisma adapter reads it: the adapter's own text ("...T00:00:00.000+00:00"),
 * SQLite's CURRENT_TIMESTAMP text ("2026-01-02 10:00:00", UTC) or epoch milliseconds.
 */
export function storedDate(value: Stored): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value !== "string") return new Date(Number(value));
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return new Date(`${value.replace(" ", "T")}Z`);
  return new Date(value);
}

// The adapter's own text ("2024-03-16T00:00:00.000+00:00") is read without a Date: an import
// snapshots every row it writes.
const isAdapterText = (value: Stored): value is string => typeof value === "string" && value.length === 29 && value[10] === "T" && value.endsWith("+00:00");
const DAYS = new Map<number, string>();
function day(value: Stored): string | null {
  if (isAdapterText(value)) return value.slice(0, 10);
  const date = storedDate(value);
  if (!date) return null;
  let text = DAYS.get(date.getTime());
  if (text === undefined) {
    text = utcToIsoDate(date);
    if (DAYS.size >= 10_000) DAYS.clear();
    DAYS.set(date.getTime(), text);
  }
  return text;
}
const isoTime = (value: Stored) => (isAdapterText(value) ? `${value.slice(0, 23)}Z` : storedDate(value)!.toISOString());
const text = (value: Stored) => (value === null || value === undefined ? null : String(value));
const num = (value: Stored) => (value === null || value === undefined ? null : Number(value));

/** A stored column as the record holds it, by the field's kind (field-spec.ts). */
function readStored(field: FieldSpec, value: unknown): unknown {
  const v = value as Stored;
  switch (field.kind) {
    case "day":
      return day(v)!;
    case "optionalDay":
      return day(v);
    case "number":
    case "count":
      return num(v);
    case "flag":
      return v === null || v === undefined ? null : v === true || Number(v) === 1;
    case "optionalText":
    case "optionalChoice":
      return text(v);
    default:
      return String(v);
  }
}

/**
 * The audit snapshot of an incident from its stored row and linked rows: the same JSON as
 * snapshotIncident (toIncidentRecord over a Prisma read) gives, without a Prisma round trip, for
 * the bulk import's audit events (sql-record.test.ts checks the two agree).
 */
export function recordFromSql(r: StoredIncident, keeping: StoredKeeping, rel: StoredRelations): AuditSnapshot {
  return {
    id: Number(keeping.id),
    externalId: text(keeping.externalId),
    ...recordFieldsFromColumns(r, readStored),
    version: Number(keeping.version),
    createdAt: isoTime(keeping.createdAt),
    updatedAt: isoTime(keeping.updatedAt),
    sources: rel.sources.map((s) => ({
      id: s.id,
      url: s.url,
      datasetRecord: s.datasetRecord,
      outlet: s.outlet,
      headline: text(s.headline),
      publishedAt: day(s.publishedAt),
      language: s.language,
      notes: text(s.notes),
      quote: text(s.quote),
      archivedCopy: s.archivedSha256
        ? { sha256: String(s.archivedSha256), capturedAt: s.archivedAt === null || s.archivedAt === undefined ? null : isoTime(s.archivedAt) }
        : null,
      report: reportFromRows(text(s.originator), s.figures, text(s.reportedFacts)),
    })),
    // SQLite returns an enum column as its text; the values were written through the schema.
    actors: rel.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind as ActorKind, role: a.role as ActorRole, certainty: a.certainty as Certainty })),
    claims: rel.claims.map((c) => ({
      id: c.id,
      kind: c.kind as ClaimKind,
      claimantName: c.claimantName,
      claimantRole: text(c.claimantRole),
      subject: c.subject,
      statement: c.statement,
      madeOn: day(c.madeOn),
      source: c.source,
    })),
    coding: codingFromColumn(text(r.figureCoding)),
    ...reportSummary(rel.sources.map((s) => ({ report: reportFromRows(text(s.originator), s.figures, text(s.reportedFacts)) }))),
  };
}
