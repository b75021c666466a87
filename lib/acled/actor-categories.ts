import type { ActorKind } from "@/lib/taxonomy/actor-roles";

/**
 * ACLED's actor categories (inter1/inter2). Older files carry the codes 1-8, files since ACLED's
 * 2023 revision carry the names; both are read. Atlas keeps a coarser kind per actor.
 */
export const ACLED_ACTOR_CATEGORIES = [
  { code: 1, label: "State forces", kind: "state_force" },
  { code: 2, label: "Rebel group", kind: "armed_group" },
  { code: 3, label: "Political militia", kind: "armed_group" },
  { code: 4, label: "Identity militia", kind: "armed_group" },
  { code: 5, label: "Rioters", kind: "other" },
  { code: 6, label: "Protesters", kind: "other" },
  { code: 7, label: "Civilians", kind: "other" },
  { code: 8, label: "External/Other forces", kind: "other" },
] as const satisfies readonly { code: number; label: string; kind: ActorKind }[];

export type AcledActorCategory = (typeof ACLED_ACTOR_CATEGORIES)[number];

const normalise = (s: string) => s.trim().toLowerCase().replace(/s$/, "");
const BY_VALUE = new Map<string, AcledActorCategory>(ACLED_ACTOR_CATEGORIES.flatMap((c) => [[String(c.code), c] as const, [normalise(c.label), c] as const]));

/** The category for an inter1/inter2 value ("2", "Rebel group", "Rebel groups"), or null. */
export function actorCategoryFromAcled(value: string): AcledActorCategory | null {
  const v = value.trim();
  if (!v) return null;
  return BY_VALUE.get(v) ?? BY_VALUE.get(normalise(v)) ?? null;
}

/**
 * The category written for an Atlas actor. An armed group is written as a rebel group (2): Atlas
 * does not say whether a group is a rebel group or a militia (see docs/decisions/004-acled-import.md).
 */
export function actorCategoryToAcled(kind: string, name: string): AcledActorCategory | null {
  if (/^civilians\b/i.test(name)) return ACLED_ACTOR_CATEGORIES[6];
  if (/^protesters\b/i.test(name)) return ACLED_ACTOR_CATEGORIES[5];
  if (/^rioters\b/i.test(name)) return ACLED_ACTOR_CATEGORIES[4];
  if (kind === "state_force" || kind === "government") return ACLED_ACTOR_CATEGORIES[0];
  if (kind === "armed_group") return ACLED_ACTOR_CATEGORIES[1];
  if (kind === "other") return ACLED_ACTOR_CATEGORIES[7];
  return null;
}

/** ACLED's interaction code: the two category codes, lower first ("12"); one actor alone is "10". */
export function interactionCode(a: AcledActorCategory | null, b: AcledActorCategory | null): string {
  if (!a && !b) return "";
  const codes = [a?.code ?? 0, b?.code ?? 0].sort((x, y) => x - y);
  return codes[0] === 0 ? `${codes[1]}0` : `${codes[0]}${codes[1]}`;
}
