import { KNOWN_ACTORS, type KnownActor } from "@/lib/actors/known-actors";

export type ActorMention = { actor: KnownActor; alias: string; start: number; end: number };

// Acronyms ("IS", "TTP", "JuA") must match their case; names match any case and hyphenation.
const isAcronym = (alias: string) => alias.length <= 6 && !/\s/.test(alias) && /[A-Z].*[A-Z]/.test(alias);

function aliasPattern(alias: string): RegExp {
  const body = alias
    .split(/[\s-]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[\\s-]+");
  return new RegExp(`(?<![\\w-])${body}(?![\\w-]*\\w)`, isAcronym(alias) ? "g" : "gi");
}

const PATTERNS = KNOWN_ACTORS.flatMap((actor) => [actor.name, ...actor.aliases].map((alias) => ({ actor, alias, re: aliasPattern(alias) }))).sort(
  (a, b) => b.alias.length - a.alias.length,
);

/** Every mention of a known group, force or government, longest name first, without overlaps. */
export function findActorMentions(text: string): ActorMention[] {
  const found: ActorMention[] = [];
  for (const { actor, alias, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ actor, alias, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
