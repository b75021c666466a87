import type { ActorKind, ActorRole, Certainty } from "@/lib/taxonomy/actor-roles";
import type { ClaimKind } from "@/lib/taxonomy/claims";
import type { IncidentInput } from "../schema";
import { inputFromFormFields, toNumber } from "../fields/form-fields";
import { REPORT_FORM_FIELDS, reportFromFormRow } from "./report-form-values";
import { codingFromFormValues } from "./coding-form-values";

/**
 * What the incident form holds: every control's value under its `name`, as typed ("killed.total",
 * "sources.0.url"). It is what FormData carries, what a failed save hands back so nothing typed is
 * lost, and what the client keeps in state. `incidentFromFormValues` turns it into the JSON shape
 * the schema checks, so the form and the API are validated by the same rules.
 */
export type IncidentFormValues = Record<string, string>;

/** The repeated rows, with the fields that make a row "filled in" (a row with none is ignored). */
export const FORM_ROWS = {
  // archivedText is the article's text, carried in a hidden field when a record starts from an article
  // or pasted by the analyst; archivedCopy is the SHA-256 of a copy already stored (shown, never sent as text).
  // A source's report (report-form-values.ts) counts as content: a report typed without a URL gets the URL's error, not silence.
  // datasetRecord: a dataset source (ACLED's record, decision 020), carried through the form unchanged.
  sources: {
    fields: ["url", "datasetRecord", "outlet", "headline", "publishedAt", "language", "quote", "archivedText", "archivedCopy", ...REPORT_FORM_FIELDS],
    content: ["url", "datasetRecord", "outlet", "headline", "publishedAt", "quote", ...REPORT_FORM_FIELDS],
  },
  actors: { fields: ["name", "kind", "role", "certainty"], content: ["name"] },
  claims: {
    fields: ["kind", "claimantName", "claimantRole", "subject", "statement", "madeOn", "sourceUrl"],
    content: ["claimantName", "claimantRole", "subject", "statement", "madeOn"],
  },
} as const;
export type FormRowName = keyof typeof FORM_ROWS;

/** Text entries of a submitted form (files are not part of an incident). */
export function formValuesFromFormData(fd: FormData): IncidentFormValues {
  const out: IncidentFormValues = {};
  for (const [name, value] of fd.entries()) if (typeof value === "string") out[name] = value;
  return out;
}

/** The row indices present for a repeated group, in order ("sources.3.url" -> 3). */
export function rowIndices(values: IncidentFormValues, group: FormRowName): number[] {
  const pattern = new RegExp(`^${group}\\.(\\d+)\\.`);
  const found = new Set<number>();
  for (const name of Object.keys(values)) {
    const m = pattern.exec(name);
    if (m) found.add(Number(m[1]));
  }
  return [...found].sort((a, b) => a - b);
}

type RowOf<G extends FormRowName> = Record<(typeof FORM_ROWS)[G]["fields"][number], string>;

/** The filled-in rows of a group, in order; a row left entirely blank is not part of the record. */
function rowsOf<G extends FormRowName>(values: IncidentFormValues, group: G): RowOf<G>[] {
  const { fields, content } = FORM_ROWS[group];
  return rowIndices(values, group)
    .map((i) => Object.fromEntries(fields.map((f: string) => [f, values[`${group}.${i}.${f}`] ?? ""])) as RowOf<G>)
    .filter((row) => content.some((f: string) => row[f as keyof RowOf<G>].trim() !== ""));
}

const pick = <K extends string>(row: Record<string, string>, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, row[k] ?? ""])) as Record<K, string>;

/** The form's values in the JSON shape of IncidentInputSchema; validation is the schema's job. */
export function incidentFromFormValues(values: IncidentFormValues): IncidentInput {
  return {
    ...(inputFromFormFields(values) as Omit<IncidentInput, "sources" | "actors" | "claims" | "coding">),
    sources: rowsOf(values, "sources").map(({ archivedText, ...s }) => ({
      ...pick(s, ["url", "outlet", "headline", "publishedAt", "quote"]),
      // A dataset record has no URL: the row sends its name instead (exactly one of the two, decision 020).
      ...((s.datasetRecord ?? "").trim() ? { url: null, datasetRecord: s.datasetRecord } : {}),
      report: reportFromFormRow(s),
      language: (s.language ?? "").trim() || "en",
      // Form submission turns the article's line breaks into CRLF; keep them as pasted.
      ...(archivedText ? { archivedText: archivedText.replace(/\r\n?/g, "\n") } : {}),
    })),
    actors: rowsOf(values, "actors").map((a) => ({
      name: a.name,
      kind: a.kind as ActorKind,
      role: a.role as ActorRole,
      certainty: a.certainty as Certainty,
    })),
    claims: rowsOf(values, "claims").map((c) => ({ ...c, kind: c.kind as ClaimKind })),
    coding: codingFromFormValues(values),
  };
}

/** The record's version the form was loaded with (a later issue uses it to detect conflicts). */
export function formVersion(values: IncidentFormValues): number | null {
  const n = toNumber(values.version);
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
}
