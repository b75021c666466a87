import type { IncidentFilter } from "@/lib/incidents/filter/filter";
import { subTypesOfAny } from "@/lib/taxonomy/event-types";

/** What the filter panel's fields hold: strings as typed, lists for the repeatable parameters. */
export type FilterFields = {
  q: string;
  province: string[];
  country: string[];
  from: string;
  to: string;
  eventType: string[];
  subEventType: string;
  actor: string;
  minKilled: string;
  status: string;
  /** "true" when only incidents with disputed figures are shown. */
  disputed: string;
};

export function fieldsFromFilter(f: IncidentFilter): FilterFields {
  return {
    q: f.q ?? "",
    province: [...f.province],
    country: [...f.country],
    from: f.from ?? "",
    to: f.to ?? "",
    eventType: [...f.eventType],
    subEventType: f.subEventType[0] ?? "",
    actor: f.actor[0] ?? "",
    minKilled: f.minKilled === undefined ? "" : String(f.minKilled),
    status: f.status ?? "",
    disputed: f.disputed ? "true" : "",
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
    disputed: v.disputed,
  };
}

const TYPED_KEYS = ["q", "from", "to", "actor", "minKilled"] as const;

/**
 * The fields after the URL changed elsewhere (back/forward, the map, a chip, a late navigation):
 * they follow the URL, except typed fields the analyst has edited and not yet applied. A URL with no
 * filter at all (Clear all) resets everything.
 */
export function followUrl(shown: FilterFields, current: FilterFields, incoming: FilterFields): FilterFields {
  const next = { ...incoming };
  if (Object.values(incoming).every((v) => v.length === 0)) return next;
  for (const key of TYPED_KEYS) if (current[key] !== shown[key]) next[key] = current[key];
  return next;
}

/**
 * The fields with one event type chosen or unchosen. A chosen sub-type that none of the types left
 * has is dropped with it (no type chosen offers every sub-type).
 */
export function toggleEventType(v: FilterFields, type: string): FilterFields {
  const eventType = v.eventType.includes(type) ? v.eventType.filter((t) => t !== type) : [...v.eventType, type];
  const subEventType = subTypesOfAny(eventType).includes(v.subEventType) ? v.subEventType : "";
  return { ...v, eventType, subEventType };
}
