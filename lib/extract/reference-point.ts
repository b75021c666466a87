/**
 * A place named only to measure from or to border on ("50 kilometres west of Miranshah", "140 km
 * south of the country's capital Kabul", "some 40 kilometre from Tank", "a province that borders
 * Punjab"): a landmark, neither the attack's place nor another province's incident.
 */
const DISTANCE =
  /\b\d+\s*(?:km|kilomet(?:re|er)s?|miles)\s+(?:\([^)]*\)\s+)?(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?|away)\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:country|nation|province)['’]s\s+)?(?:(?:provincial\s+)?capital(?:\s+city)?,?\s+|city\s+of\s+)?$/i;
const COMPASS_OF =
  /(?<!\bthe\s)\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?:(?:country|nation|province)['’]s\s+)?(?:capital(?:\s+city)?,?\s+|city\s+of\s+)?$/i;
const BORDERS = /\b(?:that|which)\s+borders\s+(?:the\s+)?$|\bbordering\s+(?:the\s+)?$/i;

/** Whether the words just before a name (`before`, ending where it starts) make it a reference point. */
export function isReferencePoint(before: string): boolean {
  return DISTANCE.test(before) || COMPASS_OF.test(before) || BORDERS.test(before);
}
