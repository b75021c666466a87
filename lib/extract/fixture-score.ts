import type { Fixture } from "./fixture-load";
import type { ArticleProposals } from "./types";

export const FIELDS = ["date", "place", "province", "killedTotal", "killedByCategory", "injured", "attackType", "perpetrator", "originClaim"] as const;
export type Field = (typeof FIELDS)[number];

/** The targets: 90% on date, province and killed total; 80% on the rest. */
export const TARGETS: Readonly<Record<Field, number>> = {
  date: 0.9,
  place: 0.8,
  province: 0.9,
  killedTotal: 0.9,
  killedByCategory: 0.8,
  injured: 0.8,
  attackType: 0.8,
  perpetrator: 0.8,
  originClaim: 0.8,
};

export type FieldResult = { correct: boolean; expected: unknown; got: unknown };

const fold = (s: string | null | undefined) =>
  (s ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const GENERIC = new Set([
  "minister",
  "defence",
  "defense",
  "pakistan",
  "afghanistan",
  "general",
  "director",
  "public",
  "relations",
  "services",
  "inter",
  "spokesman",
  "spokesperson",
  "government",
  "interior",
  "foreign",
  "military",
  "army",
  "chief",
]);

/** Two names for the same claimant: one contains the other, or they share a distinctive name. */
export function sameClaimant(a: string, b: string): boolean {
  const [x, y] = [fold(a), fold(b)];
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const words = (s: string) => new Set(s.split(" ").filter((w) => w.length >= 4 && !GENERIC.has(w)));
  const wx = words(x);
  return [...words(y)].some((w) => wx.has(w));
}

export function scoreFixture(f: Fixture, p: ArticleProposals): Record<Field, FieldResult> {
  const e = f.expected;
  const result = (expected: unknown, got: unknown, correct: boolean): FieldResult => ({ correct, expected, got });
  const date = p.eventDate?.value ?? null;
  const place = p.location?.value ?? null;
  const killed = {
    total: p.killed.total?.value ?? null,
    securityForces: p.killed.securityForces?.value ?? null,
    civilians: p.killed.civilians?.value ?? null,
    militants: p.killed.militants?.value ?? null,
  };
  const origin = p.claims.find((c) => c.value.kind === "origin")?.value ?? null;
  const attack = p.attackType?.value ?? "Unknown";
  return {
    date: result(e.eventDate, date, date === e.eventDate || (!!date && (e.eventDateAlternatives ?? []).includes(date))),
    place: result(e.location, place, [e.location, ...(e.locationAlternatives ?? [])].some((l) => fold(l) === fold(place)) || (!e.location && !place)),
    province: result(e.province, p.province?.value ?? null, (p.province?.value ?? null) === e.province),
    killedTotal: result(e.killed.total, killed.total, killed.total === e.killed.total),
    killedByCategory: result(
      [e.killed.securityForces, e.killed.civilians, e.killed.militants],
      [killed.securityForces, killed.civilians, killed.militants],
      killed.securityForces === e.killed.securityForces && killed.civilians === e.killed.civilians && killed.militants === e.killed.militants,
    ),
    injured: result(e.injured, p.injured.total?.value ?? null, (p.injured.total?.value ?? null) === e.injured),
    attackType: result(e.attackType, attack, attack === e.attackType),
    perpetrator: result(e.perpetrator, p.perpetrator?.value.name ?? null, (p.perpetrator?.value.name ?? null) === e.perpetrator),
    originClaim: result(
      e.originClaim,
      origin && { subject: origin.subject, claimant: origin.claimant },
      e.originClaim ? !!origin && origin.subject === e.originClaim.subject && sameClaimant(origin.claimant, e.originClaim.claimant) : !origin,
    ),
  };
}

export type FieldSummary = { field: Field; correct: number; total: number; accuracy: number; target: number };

export function summarise(results: Record<Field, FieldResult>[]): FieldSummary[] {
  return FIELDS.map((field) => {
    const correct = results.filter((r) => r[field].correct).length;
    return { field, correct, total: results.length, accuracy: results.length ? correct / results.length : 0, target: TARGETS[field] };
  });
}
