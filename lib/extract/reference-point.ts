/**
 * A place named only to measure from or to border on ("50 kilometres west of Miranshah", "140 km
 * south of the country's capital Kabul", "some 40 kilometre from Tank", "a province that borders
 * Punjab"): a landmark, neither the attack's place nor another province's incident.
 */
// "six miles from Bagram": the distance may be written in words.
const DISTANCE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|some)\s*(?:km|kilomet(?:re|er)s?|miles)\s+(?:\([^)]*\)\s+)?(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?|away)\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:country|nation|province)['’]s\s+)?(?:(?:provincial\s+)?capital(?:\s+city)?,?\s+|city\s+of\s+)?$/i;
const COMPASS_OF =
  /(?<!\bthe\s)\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?:(?:country|nation|province)['’]s\s+)?(?:capital(?:\s+city)?,?\s+|city\s+of\s+)?$/i;
// "in an area near the Afghan capital Kabul": the capital marks where the area lies, it is not the area.
const NEAR_CAPITAL = /\bnear\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?capital(?:\s+city)?,?\s+(?:of\s+)?$/;
const BORDERS = /\b(?:that|which)\s+borders\s+(?:the\s+)?$|\bbordering\s+(?:the\s+)?$/i;

/** Whether the words just before a name (`before`, ending where it starts) make it a reference point. */
export function isReferencePoint(before: string): boolean {
  return DISTANCE.test(before) || COMPASS_OF.test(before) || BORDERS.test(before) || NEAR_CAPITAL.test(before);
}
