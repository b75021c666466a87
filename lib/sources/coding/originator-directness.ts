/**
 * How directly a source's figures come from someone in a position to know, for the preset of the
 * best value (docs/decisions/016-coded-figures.md): an official statement or a hospital over a
 * claiming group or other named speaker, over "sources said". One small ranking, in words a
 * reader can check; the analyst can always choose another report.
 */
export const DIRECTNESS = { unknown: 0, anonymous: 1, named: 2, official: 3 } as const;
export type Directness = (typeof DIRECTNESS)[keyof typeof DIRECTNESS];

/** Unnamed origins: "security sources", "residents said", "reportedly". Checked first: "police sources" is anonymous. */
const ANONYMOUS = /\b(sources?|unnamed|anonymous|residents?|locals?|witness(es)?|eyewitness(es)?|reportedly|unconfirmed)\b/;

/** Those who state a toll officially: the state's spokesmen and forces, and hospitals and rescue services. */
const OFFICIAL =
  /\b(ispr|inter-services public relations|military|army|police|ctd|counter[- ]terrorism department|frontier corps|fc|levies|ministry|minister|government|spokes(man|woman|person)|official|statement|commissioner|administration|hospital|doctors?|medical|rescue|1122|edhi)\b/;

/** The directness of an originator as the analyst typed it ("the ISPR", "a Lady Reading Hospital doctor"). */
export function originatorDirectness(originator: string | null | undefined): Directness {
  const text = (originator ?? "").trim().toLowerCase();
  if (!text) return DIRECTNESS.unknown;
  if (ANONYMOUS.test(text)) return DIRECTNESS.anonymous;
  if (OFFICIAL.test(text)) return DIRECTNESS.official;
  return DIRECTNESS.named;
}
