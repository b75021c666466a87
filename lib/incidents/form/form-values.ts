import type { IncidentFormValues } from "./form-data";
import type { IncidentRecord } from "../record/record";

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));

/** A new incident's form: one empty source row, since publishing needs a source. */
export function newIncidentFormValues(): IncidentFormValues {
  return {
    status: "published",
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
    title: r.title,
    summary: r.summary,
    status: r.status,
    eventDate: r.eventDate,
    endDate: str(r.endDate),
    datePrecision: r.datePrecision,
    countryIso3: r.countryIso3,
    province: str(r.province),
    district: str(r.district),
    location: str(r.location),
    latitude: str(r.latitude),
    longitude: str(r.longitude),
    geoPrecision: r.geoPrecision,
    eventType: r.eventType,
    subEventType: str(r.subEventType),
    attackType: str(r.attackType),
    targetType: str(r.targetType),
    target: str(r.target),
    weaponType: str(r.weaponType),
    weaponSubtype: str(r.weaponSubtype),
    suicide: r.suicide ? "on" : "",
  };
  for (const [k, v] of Object.entries(r.killed)) out[`killed.${k}`] = str(v);
  for (const [k, v] of Object.entries(r.injured)) out[`injured.${k}`] = str(v);
  r.sources.forEach((s, i) => {
    Object.assign(out, {
      [`sources.${i}.url`]: s.url,
      [`sources.${i}.outlet`]: s.outlet,
      [`sources.${i}.headline`]: str(s.headline),
      [`sources.${i}.publishedAt`]: str(s.publishedAt),
      [`sources.${i}.language`]: s.language,
      [`sources.${i}.quote`]: str(s.quote),
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
      [`claims.${i}.sourceUrl`]: c.source?.url ?? "",
    });
  });
  return out;
}
