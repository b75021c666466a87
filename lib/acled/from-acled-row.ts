import type { IncidentInput } from "@/lib/incidents/schema";
import { LIMITS } from "@/lib/validation/limits";
import type { AcledRow } from "./columns";
import { acledDateToIso } from "./event-date";
import { datePrecisionFromAcled, geoPrecisionFromAcled } from "./precision";
import { countryFromAcled } from "./country";
import { resolveAdmin1 } from "./admin1";
import { actorsFromAcled } from "./actors-from-acled";
import { tidyNotes, withAcledProvenance } from "./provenance";
import { datasetSourceFromAcled } from "./dataset-source";

export type AcledMapping = {
  externalId: string | null;
  input: IncidentInput | null;
  /** Why the row cannot be imported; empty when it can (the incident schema still checks it). */
  problems: string[];
  /** What was changed on the way in, for the preview (e.g. FATA recorded as Khyber Pakhtunkhwa). */
  notes: string[];
};

const text = (v: string | undefined) => (v ?? "").trim();

function number(v: string | undefined, column: string, problems: string[]): number | null {
  const s = text(v);
  if (!s) return null;
  const n = Number(s);
  if (!Number.isFinite(n)) problems.push(`${column}: "${s}" is not a number`);
  return Number.isFinite(n) ? n : null;
}

/** A title from what ACLED codes, since ACLED rows have none: "Suicide bomb in Mir Ali, North Waziristan". */
export function titleFromAcled(row: AcledRow): string {
  const what = text(row.sub_event_type) || text(row.event_type) || "Event";
  const places = [text(row.location), text(row.admin2), text(row.admin1), text(row.country)].filter(Boolean);
  const where = [...new Set(places)].slice(0, 2).join(", ");
  const title = where ? `${what} in ${where}` : what;
  return title.length > LIMITS.title ? `${title.slice(0, LIMITS.title - 1)}…` : title;
}

/**
 * One ACLED row as an incident input (a draft: ACLED cites outlets, not articles, and Atlas publishes
 * only what cites an article; see docs/decisions/004-acled-import.md). The row itself is the record's
 * source, a dataset record whose report gives the fatalities (decision 020).
 */
export function fromAcledRow(row: AcledRow): AcledMapping {
  const problems: string[] = [];
  const notes: string[] = [];
  const eventDate = acledDateToIso(text(row.event_date));
  if (!eventDate) problems.push(`event_date: "${text(row.event_date)}" is not a date (use YYYY-MM-DD or 16 March 2024)`);
  const datePrecision = text(row.time_precision) ? datePrecisionFromAcled(text(row.time_precision)) : "day";
  if (!datePrecision) problems.push(`time_precision: "${text(row.time_precision)}" is not 1, 2 or 3`);
  const geoPrecision = text(row.geo_precision) ? geoPrecisionFromAcled(text(row.geo_precision)) : "town";
  if (!geoPrecision) problems.push(`geo_precision: "${text(row.geo_precision)}" is not 1, 2 or 3`);
  const latitude = number(row.latitude, "latitude", problems);
  const longitude = number(row.longitude, "longitude", problems);
  const killed = number(row.fatalities, "fatalities", problems);

  const country = countryFromAcled(text(row.country), text(row.iso));
  if (!country) problems.push(`country: "${text(row.country) || text(row.iso)}" is not a country Atlas covers`);
  let province: string | null = null;
  if (country) {
    const admin1 = resolveAdmin1(text(row.admin1), country, latitude, longitude);
    if (admin1.ok) {
      province = admin1.province;
      if (admin1.note) notes.push(admin1.note);
    } else problems.push(admin1.message);
  }
  if (problems.length) return { externalId: text(row.event_id_cnty) || null, input: null, problems, notes };

  const datasetSource = datasetSourceFromAcled(row, killed);
  const input: IncidentInput = {
    title: titleFromAcled(row),
    summary: withAcledProvenance(tidyNotes(row.notes ?? ""), {
      source: text(row.source) || null,
      sourceScale: text(row.source_scale) || null,
      tags: text(row.tags) || null,
    }),
    status: "draft",
    eventDate: eventDate!,
    datePrecision: datePrecision!,
    countryIso3: country!.iso3,
    province,
    district: text(row.admin2) || null,
    location: text(row.location) || null,
    latitude,
    longitude,
    geoPrecision: geoPrecision!,
    eventType: text(row.event_type) as IncidentInput["eventType"],
    subEventType: text(row.sub_event_type) || null,
    // ACLED codes no yes/no for it: its "Suicide bomb" sub-event says yes; any other row leaves it not known.
    suicide: text(row.sub_event_type) === "Suicide bomb" ? true : null,
    killed: { total: killed },
    actors: actorsFromAcled(row),
    sources: datasetSource ? [datasetSource] : [],
  };
  return { externalId: text(row.event_id_cnty) || null, input, problems, notes };
}
