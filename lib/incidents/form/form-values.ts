import type { IncidentFormValues } from "./form-data";
import type { IncidentRecord } from "../record/record";
import { formFieldValues } from "../fields/form-fields";
import { reportFormValues } from "./report-form-values";
import { codingFormValues } from "./coding-form-values";
import { sourceRef } from "@/lib/sources/schema";
import type { SourceReportInput } from "@/lib/sources/report/report-schema";
import type { IncidentData } from "../schema";

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));

/** A new incident's form: a draft (decision 017) with one empty source row, since publishing needs a source. */
export function newIncidentFormValues(): IncidentFormValues {
  return {
    status: "draft",
    datePrecision: "day",
    countryIso3: "PAK",
    geoPrecision: "town",
    "sources.0.url": "",
    "sources.0.language": "en",
  };
}

type SourceRow = {
  url?: string | null;
  datasetRecord?: string | null;
  outlet: string;
  headline?: string | null;
  publishedAt?: string | null;
  language?: string | null;
  quote?: string | null;
  /** SHA-256 of a stored copy (a saved record) or the copy's text (an edit not yet written). */
  archivedCopy?: string;
  archivedText?: string | null;
  report?: SourceReportInput;
};
type ActorRow = { name: string; kind?: string | null; role: string; certainty: string };
type ClaimRow = {
  kind: string;
  claimantName: string;
  claimantRole?: string | null;
  subject: string;
  statement: string;
  madeOn?: string | null;
  sourceRef: string;
};

/** The source, actor and claim rows as the form's numbered fields. */
function rowValues(sources: SourceRow[], actors: ActorRow[], claims: ClaimRow[]): IncidentFormValues {
  const out: IncidentFormValues = {};
  sources.forEach((s, i) => {
    Object.assign(out, {
      [`sources.${i}.url`]: s.url ?? "",
      [`sources.${i}.datasetRecord`]: s.datasetRecord ?? "",
      [`sources.${i}.outlet`]: s.outlet,
      [`sources.${i}.headline`]: str(s.headline),
      [`sources.${i}.publishedAt`]: str(s.publishedAt),
      [`sources.${i}.language`]: str(s.language),
      [`sources.${i}.quote`]: str(s.quote),
      [`sources.${i}.archivedCopy`]: s.archivedCopy ?? "",
      ...(s.archivedText ? { [`sources.${i}.archivedText`]: s.archivedText } : {}),
      ...reportFormValues(`sources.${i}.`, s.report),
    });
  });
  actors.forEach((a, i) => {
    Object.assign(out, {
      [`actors.${i}.name`]: a.name,
      [`actors.${i}.kind`]: str(a.kind),
      [`actors.${i}.role`]: a.role,
      [`actors.${i}.certainty`]: a.certainty,
    });
  });
  claims.forEach((c, i) => {
    Object.assign(out, {
      [`claims.${i}.kind`]: c.kind,
      [`claims.${i}.claimantName`]: c.claimantName,
      [`claims.${i}.claimantRole`]: str(c.claimantRole),
      [`claims.${i}.subject`]: c.subject,
      [`claims.${i}.statement`]: c.statement,
      [`claims.${i}.madeOn`]: str(c.madeOn),
      [`claims.${i}.sourceUrl`]: c.sourceRef,
    });
  });
  return out;
}

/** A saved incident as the form's values, for editing. */
export function formValuesFromRecord(r: IncidentRecord): IncidentFormValues {
  return {
    version: str(r.version),
    ...formFieldValues(r),
    ...codingFormValues(r.coding),
    ...rowValues(
      r.sources.map((s) => ({ ...s, archivedCopy: s.archivedCopy?.sha256 ?? "", archivedText: null })),
      r.actors,
      r.claims.map((c) => ({ ...c, sourceRef: c.source ? sourceRef(c.source) : "" })),
    ),
  };
}

/**
 * An edit kept for review (decision 024) as the form's values, to go on editing it: the edit's text
 * of each article goes back in its hidden field, since the edit has not stored it yet.
 */
export function formValuesFromEdit(data: IncidentData, version: number): IncidentFormValues {
  return {
    version: str(version),
    ...formFieldValues(data),
    ...codingFormValues(data.coding ?? {}),
    ...rowValues(
      data.sources.map((s) => ({ ...s, archivedCopy: "", archivedText: s.archivedText })),
      data.actors,
      data.claims.map((c) => ({ ...c, sourceRef: c.sourceUrl ?? "" })),
    ),
  };
}
