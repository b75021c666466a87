import type { IncidentFormValues } from "./form-data";
import type { IncidentRecord } from "../record/record";
import { formFieldValues } from "../fields/form-fields";
import { reportFormValues } from "./report-form-values";
import { codingFormValues } from "./coding-form-values";
import { sourceRef } from "@/lib/sources/schema";

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

/** A saved incident as the form's values, for editing. */
export function formValuesFromRecord(r: IncidentRecord): IncidentFormValues {
  const out: IncidentFormValues = {
    version: str(r.version),
    ...formFieldValues(r),
    ...codingFormValues(r.coding),
  };
  r.sources.forEach((s, i) => {
    Object.assign(out, {
      [`sources.${i}.url`]: s.url ?? "",
      [`sources.${i}.datasetRecord`]: s.datasetRecord ?? "",
      [`sources.${i}.outlet`]: s.outlet,
      [`sources.${i}.headline`]: str(s.headline),
      [`sources.${i}.publishedAt`]: str(s.publishedAt),
      [`sources.${i}.language`]: s.language,
      [`sources.${i}.quote`]: str(s.quote),
      [`sources.${i}.archivedCopy`]: s.archivedCopy?.sha256 ?? "",
      ...reportFormValues(`sources.${i}.`, s.report),
    });
  });
  r.actors.forEach((a, i) => {
    Object.assign(out, {
      [`actors.${i}.name`]: a.name,
      [`actors.${i}.kind`]: a.kind,
      [`actors.${i}.role`]: a.role,
      [`actors.${i}.certainty`]: a.certainty,
    });
  });
  r.claims.forEach((c, i) => {
    Object.assign(out, {
      [`claims.${i}.kind`]: c.kind,
      [`claims.${i}.claimantName`]: c.claimantName,
      [`claims.${i}.claimantRole`]: str(c.claimantRole),
      [`claims.${i}.subject`]: c.subject,
      [`claims.${i}.statement`]: c.statement,
      [`claims.${i}.madeOn`]: str(c.madeOn),
      [`claims.${i}.sourceUrl`]: c.source ? sourceRef(c.source) : "",
    });
  });
  return out;
}
