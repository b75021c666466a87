import { KNOWN_ACTORS, type KnownActor } from "./known-actors";

const normalise = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\([^)]*\)/g, " ")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const index = new Map<string, KnownActor>();
for (const actor of KNOWN_ACTORS) {
  for (const name of [actor.name, ...actor.aliases]) index.set(normalise(name), actor);
}

/**
 * The known actor a whole name refers to ("BLA", "Jaish Fursan-e-Muhammad (Hafiz Gul Bahadur
 * faction)"), ignoring case, accents and parenthesised remarks; null when it names nobody we know.
 */
export function matchKnownActor(name: string): KnownActor | null {
  return index.get(normalise(name)) ?? null;
}
