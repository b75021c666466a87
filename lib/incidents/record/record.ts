import type { Prisma } from "@/generated/prisma/client";
import { utcToIsoDate } from "@/lib/dates/iso-date";
import { FIELD_COLUMNS_SELECT, recordFieldsFromColumns } from "../fields/record-fields";
import type { FieldSpec } from "../fields/field-spec";
import { reportFromRows } from "@/lib/sources/report/report-record";
import { codingFromColumn } from "@/lib/sources/coding/coding-schema";
import { reportSummary } from "@/lib/sources/report/report-summary";

/** Everything about one incident: what the detail page shows and the API returns (its single-valued fields from the field table). */
export const incidentRecordSelect = {
  id: true,
  externalId: true,
  ...FIELD_COLUMNS_SELECT,
  figureCoding: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  sources: {
    orderBy: { position: "asc" },
    select: {
      quote: true,
      originator: true,
      reportedFacts: true,
      figures: { select: { field: true, value: true, quote: true } },
      source: {
        select: {
          id: true,
          url: true,
          datasetRecord: true,
          outlet: true,
          headline: true,
          publishedAt: true,
          language: true,
          notes: true,
          archivedSha256: true,
          archivedAt: true,
        },
      },
    },
  },
  actors: {
    orderBy: { id: "asc" },
    select: { role: true, certainty: true, actor: { select: { id: true, name: true, kind: true } } },
  },
  claims: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      kind: true,
      claimantName: true,
      claimantRole: true,
      subject: true,
      statement: true,
      madeOn: true,
      source: { select: { id: true, url: true, datasetRecord: true, outlet: true } },
    },
  },
} satisfies Prisma.IncidentSelect;

type Row = Prisma.IncidentGetPayload<{ select: typeof incidentRecordSelect }>;

const day = (d: Date | null) => (d ? utcToIsoDate(d) : null);

/** A Prisma-read column as the record holds it: days as YYYY-MM-DD, the rest as they are. */
function readColumn(field: FieldSpec, value: unknown): unknown {
  if (field.kind === "day" || field.kind === "optionalDay") return day(value as Date | null);
  return value;
}

export function toIncidentRecord(row: Row) {
  return {
    id: row.id,
    externalId: row.externalId,
    ...recordFieldsFromColumns(row, readColumn),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    sources: row.sources.map(({ quote, originator, reportedFacts, figures, source: { archivedSha256, archivedAt, ...source } }) => ({
      ...source,
      publishedAt: day(source.publishedAt),
      archivedCopy: archivedSha256 ? { sha256: archivedSha256, capturedAt: archivedAt?.toISOString() ?? null } : null,
      quote,
      report: reportFromRows(originator, figures, reportedFacts),
    })),
    actors: row.actors.map(({ role, certainty, actor }) => ({ ...actor, role, certainty })),
    claims: row.claims.map((c) => ({ ...c, madeOn: day(c.madeOn) })),
    coding: codingFromColumn(row.figureCoding),
    ...reportSummary(row.sources.map((s) => ({ report: reportFromRows(s.originator, s.figures, s.reportedFacts) }))),
  };
}

export type IncidentRecord = ReturnType<typeof toIncidentRecord>;
