/**
 * How reports word an allegation about where an attack came from or who stood behind it, and a
 * denial. Each pattern's first group names the country; `countryOf` folds the wording to a name.
 */
export const ORIGIN_PATTERNS: readonly RegExp[] = [
  /\b(?:conducted|carried out|launched|planned|orchestrated|directed|masterminded|operat\w*|emanat\w*|originat\w*|com(?:e|es|ing)|sheltered|based|hiding)\s+(?:mostly\s+|largely\s+|mainly\s+|chiefly\s+)?(?:from|in|on|inside)\s+(?:the\s+)?(Afghan(?:istan)?|Indian?|Iran(?:ian)?)\b(?:\s+(?:soil|territory))?/i,
  /\bmasterminds?\s+(?:\w+\s+){0,2}in\s+(Afghanistan|India|Iran)\b/i,
  /\bused?\s+(Afghan|Indian|Iranian)\s+(?:soil|territory)\b/i,
  /\b(Afghan(?:istan)?|India|Iran)\b[^.]{0,60}\b(?:use of|using) (?:its|their) (?:soil|territory)\b/i,
];

/** A sentence that reports a denial, not an allegation; "to deny the use of its soil" is a demand. */
export const REPORTS_DENIAL = /\b(?:denies|denied|rejects|rejected|does not allow|dismisses|dismissed)\b/i;

export const ATTRIBUTION_PATTERNS: readonly RegExp[] = [
  /\b(India|Afghanistan)n?[-\s](?:sponsored|backed|supported)\b/i,
  /\b(?:sponsored|backed|supported|orchestrated|planned)(?: and orchestrated)? by (India|Afghanistan)\b/i,
  /\bterrorist state of (India)\b/i,
  /\b(India)n? proxies\b/i,
];

export const DENIAL =
  /\b(Kabul|the Taliban|Afghan(?:istan)?|India|New Delhi|Islamabad|Pakistan)\b[^.]{0,30}?\b(?:denies|denied|rejects|rejected)\b|\b(?:a charge|an allegation|allegations?|claims?|charges?)\s+(Kabul|India|New Delhi|the Taliban|Islamabad)\s+(?:denies|has denied|rejects)\b/i;

export function countryOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith("afghan") || w === "kabul" || w === "the taliban") return "Afghanistan";
  if (w.startsWith("india") || w === "new delhi") return "India";
  if (w.startsWith("iran")) return "Iran";
  return "Pakistan";
}
