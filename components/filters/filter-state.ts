import type { IncidentFilter } from "@/lib/incidents/filter";

/** What the filter panel's fields hold: strings as typed, lists for the repeatable parameters. */
export type FilterFields = {
  q: string;
  province: string[];
  country: string[];
  from: string;
  to: string;
  eventType: string;
  subEventType: string;
  actor: string;
  minKilled: string;
  status: string;
};

export function fieldsFromFilter(f: IncidentFilter): FilterFields {
  return {
    q: f.q ?? "",
    province: [...f.province],
    country: [...f.country],
    from: f.from ?? "",
    to: f.to ?? "",
    eventType: f.eventType[0] ?? "",
    subEventType: f.subEventType[0] ?? "",
    actor: f.actor[0] ?? "",
    minKilled: f.minKilled === undefined ? "" : String(f.minKilled),
    status: f.status ?? "",
  };
}

/** The fields as filter parameters for withFilter (an empty field removes its parameter). */
export function fieldsToChanges(v: FilterFields) {
  return {
    q: v.q,
    province: v.province,
    country: v.country,
    from: v.from,
    to: v.to,
    eventType: v.eventType,
    subEventType: v.subEventType,
    actor: v.actor,
    minKilled: v.minKilled,
    status: v.status,
  };
}
