import type { LooseInputFields } from "@/lib/incidents/fields/field-types";
import { valueAt } from "@/lib/incidents/fields/field-spec";
import { INPUT_FIELDS } from "@/lib/incidents/fields/input-fields";
import type { SourceReportInput } from "@/lib/sources/report/report-schema";
import type { FigureCodingInput } from "@/lib/sources/coding/coding-schema";

/**
 * What the audit diff and the version check compare: the shape both a saved record (through
 * recordToInput) and a submitted save (IncidentData) have. Record keeping (id, version, times) is
 * left out on purpose: it changes on every save and is not something an analyst edited.
 */
type Text = string | null | undefined;

export type DiffableIncident = LooseInputFields & {
  sources?: {
    url?: string | null;
    datasetRecord?: string | null;
    outlet: string;
    headline?: Text;
    publishedAt?: Text;
    language?: Text;
    quote?: Text;
    notes?: Text;
    report?: SourceReportInput;
  }[];
  actors?: { name: string; kind?: Text; role: string; certainty: string }[];
  claims?: { kind: string; claimantName: string; claimantRole?: Text; subject: string; statement: string; madeOn?: Text; sourceUrl?: Text }[];
  coding?: FigureCodingInput;
};

export type ScalarValue = string | number | boolean | null;

/** The single-valued fields an analyst edits, in form order, with the words the History uses for them (the field table's labels). */
export const SCALAR_LABELS: Record<string, string> = Object.fromEntries(INPUT_FIELDS.map((f) => [f.path, f.label.toLowerCase()]));

const empty = (v: unknown): ScalarValue => (v === undefined || v === "" ? null : (v as ScalarValue));

/** Every single-valued field of an incident by its path ("killed.securityForces"); "" and missing are null. */
export function scalarFields(x: DiffableIncident): Record<string, ScalarValue> {
  const out: Record<string, ScalarValue> = {};
  for (const f of INPUT_FIELDS) {
    const value = valueAt(x, f.path);
    out[f.path] = f.kind === "flag" ? (value === null || value === undefined ? null : !!value) : empty(value);
  }
  return out;
}
