import { COUNTRIES } from "@/lib/taxonomy/countries";
import { EVENT_TYPE_NAMES } from "@/lib/taxonomy/event-types";
import { ATTACK_TYPES } from "@/lib/taxonomy/attack-types";
import { WEAPON_TYPE_NAMES } from "@/lib/taxonomy/weapon-types";
import { CERTAINTIES } from "@/lib/taxonomy/actor-roles";
import { CLAIM_KINDS, type ClaimKind } from "@/lib/taxonomy/claims";
import type { ArticleProposals, Proposal } from "./types";

type Option = { value: string; label: string };

/** Every incident form field a proposal can fill, in the form's order (the review form posts only these). */
export const REVIEW_FIELD_NAMES = [
  "sources.0.outlet",
  "sources.0.headline",
  "eventDate",
  "location",
  "district",
  "province",
  "countryIso3",
  "latitude",
  "longitude",
  "killed.total",
  "killed.securityForces",
  "killed.civilians",
  "killed.militants",
  "injured.total",
  "eventType",
  "subEventType",
  "attackType",
  "weaponType",
  "suicide",
  "actors.0.name",
  "actors.0.certainty",
] as const;
export type ReviewFieldName = (typeof REVIEW_FIELD_NAMES)[number];

/** One reading of a field from the article: a value as the form would hold it, with its sentence. */
export type Reading = { value: string; evidence: string; start: number | null; end: number | null; confidence: number };

/**
 * One proposal as the analyst reviews it: `name` is the incident form's field it fills
 * ("killed.total", "actors.0.name"), `value` the text the form would hold, `use` whether it goes in.
 * `readings` are what the extractor found, best first (the proposal and up to two alternatives), so
 * the analyst can switch to another, or back, with one click.
 */
export type ReviewField = Reading & {
  name: ReviewFieldName;
  label: string;
  input: "text" | "number" | "date" | "select";
  options?: Option[];
  use: boolean;
  readings: Reading[];
};

/** The readings other than the value the field holds now: what the review offers to switch to. */
export const otherReadings = (field: ReviewField): Reading[] => field.readings.filter((r) => r.value !== field.value);

/** The field holding `reading` instead, with its sentence and confidence, and marked for use. */
export const chooseReading = (field: ReviewField, reading: Reading): ReviewField => ({ ...field, ...reading, use: true });

/** A value as the analyst reads it: the option's label for a select ("Pakistan", "Yes"), else the value. */
export const readingLabel = (field: Pick<ReviewField, "options">, value: string): string => field.options?.find((o) => o.value === value)?.label ?? value;

export type ReviewClaim = {
  kind: ClaimKind;
  claimant: string;
  subject: string;
  use: boolean;
  evidence: string;
  start: number | null;
  end: number | null;
  confidence: number;
};

const optionsOf = (names: readonly string[]): Option[] => names.map((n) => ({ value: n, label: n }));
const YES_NO: Option[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "", label: "Not known" },
];

/** How sure the extractor is, in words an analyst reads at a glance. */
export function confidenceWords(confidence: number): "high" | "medium" | "low" {
  if (confidence >= 0.8) return "high";
  if (confidence >= 0.6) return "medium";
  return "low";
}

/** "high · 0.86" */
export function formatConfidence(confidence: number): string {
  return `${confidenceWords(confidence)} · ${confidence.toFixed(2).replace(/0$/, "")}`;
}

type Spec = Omit<ReviewField, keyof Reading | "use" | "readings">;

function row<T>(p: Proposal<T> | null, spec: Spec, toText: (v: T) => string = String): ReviewField[] {
  if (!p) return [];
  const reading = (r: Omit<Proposal<T>, "alternatives">): Reading => ({
    value: toText(r.value),
    evidence: r.evidence,
    start: r.start,
    end: r.end,
    confidence: r.confidence,
  });
  const first = reading(p);
  // Alternatives that differ only in what the form does not hold (a perpetrator's certainty) read the same here.
  const readings = [first, ...(p.alternatives ?? []).map(reading)].filter((r, i, all) => all.findIndex((o) => o.value === r.value) === i);
  return [{ ...spec, ...first, use: true, readings }];
}

/** The proposals as review rows, in the order of the incident form; a field with no proposal has no row. */
export function reviewFieldsFromProposals(p: ArticleProposals): ReviewField[] {
  const certainty = p.perpetrator && { ...p.perpetrator, value: p.perpetrator.value.certainty, alternatives: undefined };
  return [
    ...row(p.outlet, { name: "sources.0.outlet", label: "Outlet", input: "text" }),
    ...row(p.headline, { name: "sources.0.headline", label: "Headline", input: "text" }),
    ...row(p.eventDate, { name: "eventDate", label: "Event date", input: "date" }),
    ...row(p.location, { name: "location", label: "Place", input: "text" }),
    ...row(p.district, { name: "district", label: "District", input: "text" }),
    ...row(p.province, { name: "province", label: "Province", input: "text" }),
    ...row(p.country, { name: "countryIso3", label: "Country", input: "select", options: COUNTRIES.map((c) => ({ value: c.iso3, label: c.name })) }),
    ...row(p.latitude, { name: "latitude", label: "Latitude", input: "number" }),
    ...row(p.longitude, { name: "longitude", label: "Longitude", input: "number" }),
    ...row(p.killed.total, { name: "killed.total", label: "Killed: total", input: "number" }),
    ...row(p.killed.securityForces, { name: "killed.securityForces", label: "Killed: security forces", input: "number" }),
    ...row(p.killed.civilians, { name: "killed.civilians", label: "Killed: civilians", input: "number" }),
    ...row(p.killed.militants, { name: "killed.militants", label: "Killed: militants", input: "number" }),
    ...row(p.injured.total, { name: "injured.total", label: "Injured: total", input: "number" }),
    ...row(p.eventType, { name: "eventType", label: "Event type", input: "select", options: optionsOf(EVENT_TYPE_NAMES) }),
    ...row(p.subEventType, { name: "subEventType", label: "Sub-event type", input: "text" }),
    ...row(p.attackType, { name: "attackType", label: "Attack type", input: "select", options: optionsOf(ATTACK_TYPES) }),
    ...row(p.weaponType, { name: "weaponType", label: "Weapon type", input: "select", options: optionsOf(WEAPON_TYPE_NAMES) }),
    ...row(p.suicide, { name: "suicide", label: "Suicide attack", input: "select", options: YES_NO }, (v) => (v ? "yes" : "no")),
    ...row(p.perpetrator, { name: "actors.0.name", label: "Perpetrator", input: "text" }, (v) => v.name),
    ...row(certainty, {
      name: "actors.0.certainty",
      label: "Perpetrator: certainty",
      input: "select",
      options: (["claimed", "alleged"] as const).map((c) => ({ value: c, label: CERTAINTIES[c] })),
    }),
  ];
}

export const CLAIM_KIND_OPTIONS: Option[] = Object.entries(CLAIM_KINDS).map(([value, k]) => ({ value, label: k.label }));

export function reviewClaimsFromProposals(p: ArticleProposals): ReviewClaim[] {
  return p.claims.map((c) => ({ ...c.value, use: true, evidence: c.evidence, start: c.start, end: c.end, confidence: c.confidence }));
}
