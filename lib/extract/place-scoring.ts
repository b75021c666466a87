import { ATTACK_VERBS, SPEECH_CUES } from "./cue-words";
import type { PlaceEntry } from "./place-index";
import type { PlaceMention } from "./place-mentions";
import { namedAsCampaignSite, namedAsIncidentSite } from "./incident-site";
import { isReferencePoint } from "./reference-point";
import type { Sentence } from "./types";

const RESIDENCE_BEFORE =
  /\b(?:residents?|natives?|hailing|belonging to|\d{1,2},\s+(?:a\s+)?(?:resident\s+)?(?:of|from))\s+(?:of\s+)?(?:District\s+)?$|\bof District\s+$/i;
const RESIDENCE_AFTER = /^\s+(?:resident|residents|native)\b|^\s+district[;)]/i;
const TRAVEL_TO =
  /\b(?:heading|travell?ing|travelled|going|way|bound|en route|headed|returning|driving|drove|driven|moving|plying)\b[^.,]{0,40}\b(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:city|town) of\s+)?$/i;
// Where the wounded were taken is not where they were hurt: "shifted to ... in Peshawar", "Lady Reading Hospital Peshawar".
const TAKEN_TO =
  /\b(?:shifted|taken|rushed|airlifted|moved|transferred|brought|referred|evacuated)\s+(?:\w+\s+)?to\b[^.;]{0,50}$|\b(?:hospital|medical complex|CMH|trauma cent(?:re|er))\s+(?:in\s+)?$/i;
// Where the dead were prayed over or buried is not where they died: "funeral prayers were offered at the Police Lines in Chilas".
const FUNERAL = /\b(?:funeral|janaza|burial|buried|laid to rest)\b[^.;]{0,120}$/i;
// "Health authorities in Islamabad claim", "officials in Kabul said": where the speakers sit, not the attack.
const SPEAKERS_IN = /\b(?:officials?|authorities|ministry|spokes(?:man|person|woman)|police chief|sources)\s+in\s+$/i;
const SPEAKS_AFTER = /^\s+(?:claim|claimed|claims|say|says|said|told|confirmed|insist|added|believe)\b/i;
// The ends of a route are not where on it the attack was: "from Rawalpindi to Gilgit", "the road connecting Fayzabad to Baharak".
const ROUTE_START = /\b(?:from|connecting|linking|between)\s+(?:the\s+)?$/i;
const ROUTE_NEXT = /^\s+(?:to|and)\b/;
// "on Nawagai Road", "Jamrud Road in Peshawar": a road named after a town runs through somewhere else.
const ROAD_AFTER = /^\s+(?:Road|Rd|Highway|Street|Bypass|Link Road|Expressway)\b/;
// "the Bolan Medical College Hospital": an institution named after a place stands in its own city.
const INSTITUTION_AFTER = /^\s+(?:Medical (?:College|Complex|Cent(?:re|er))|(?:Teaching |District |Civil )?Hospital|University|Institute)\b/;
const PLACE_PREPOSITION = /\b(?:in|near|at|of|outside|inside|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
// "PESHAWAR, Pakistan (AP) —", "Kabul/Madrid, May 18:", "Mastung (Balochistan):" say where the report was filed.
// "Kabul denies", "assured Islamabad", "leading Islamabad to": a capital standing for its government.
const ACTOR_AFTER =
  /^['’]?s?\s+(?:has|have|had|denies|denied|deny|says|said|knew|knows|accused|accuses|blames|blamed|would|will|wants|rejected|rejects|condemned|insists|urged|asked|alleges|alleged)\b|^['’]s\s+(?:(?:foreign|interior|defen[cs]e|information)\s+)?(?:ministry|ministers?|government|officials?|spokes(?:man|person|woman)|envoy|embassy|ambassador|administration|authorities|regime|rulers|leadership)\b/i;
const ACTOR_BEFORE = /\b(?:assured|urged|told|accused|blamed|asked|warned|leading|pressed|pressing|allowed|between|and)\s+$/i;
// "Kabul this week briefly shut the border", "Islamabad on Monday summoned the envoy": a name that opens
// its sentence as the subject of a state's act is the government.
const STATE_ACT =
  /^\s+(?:(?:this|last|earlier this)\s+(?:week|month|year)\s+|on\s+\w+day\s+|also\s+|later\s+|then\s+)?(?:\w+ly\s+)?(?:closed|reopened|shut|sealed|suspended|summoned|lodged|protested|ordered|announced|deployed|imposed|expelled|retaliated|responded|recalled|banned)\b/i;
// "pressure on Islamabad to do more": the government again, though "on" reads like a place preposition.
const PRESSURE_ON = /\bpressure\s+on\s+$/i;
// A page may stamp a date before it ("date 2025-02-20 Islamabad:"); an agency in brackets may end it ("Islamabad, Feb 19 (PTI) ").
const DATELINE =
  /^(?:[a-z]+\s+)?(?:\d{4}-\d{2}-\d{2}\s+)?[A-Z][\w.'’]*(?:[ /]+[A-Z][\w.'’]*)*(?:,\s*[\w ]+)?\s*(?:\([^)]*\))?\s*(?::|[–—-]\s|(?<=\((?:[A-Z]{2,}|[A-Z][a-z]+)\))\s)/;

export function datelineEnd(s: Sentence, first: boolean): number {
  return first ? (DATELINE.exec(s.text)?.[0].length ?? 0) : 0;
}

/** How strongly one mention reads as the place of the attack, from the words around it. */
export function scoreMention(m: PlaceMention, s: Sentence, context: { crowded: boolean; dateline: number; attackSentence: boolean }): number {
  const before = s.text.slice(Math.max(0, m.start - 80), m.start);
  const after = s.text.slice(m.end, m.end + 80);
  const near = s.text.slice(Math.max(0, m.start - 80), m.end + 80);
  let score = 0;
  if (context.attackSentence) score += 3;
  if (ATTACK_VERBS.test(near)) score += 1;
  if (PLACE_PREPOSITION.test(before)) score += 1;
  if (SPEECH_CUES.test(before.slice(-40))) score -= 6;
  if (RESIDENCE_BEFORE.test(before) || RESIDENCE_AFTER.test(after)) score -= 5;
  if (m.personLike) score -= 6;
  if (m.fuzzy) score -= 0.5;
  if (TRAVEL_TO.test(before) || TAKEN_TO.test(before)) score -= 4;
  if (FUNERAL.test(s.text.slice(Math.max(0, m.start - 140), m.start))) score -= 6;
  if (isReferencePoint(before)) score -= 8;
  if (namedAsIncidentSite(before)) score += 3;
  if (namedAsCampaignSite(before)) score -= 8;
  if (SPEAKERS_IN.test(before) && SPEAKS_AFTER.test(after)) score -= 6;
  if (PRESSURE_ON.test(before)) score -= 4;
  if (/^\s*["“]?$/.test(before) && STATE_ACT.test(after)) score -= 6;
  if (ROAD_AFTER.test(after)) score -= 3;
  if (INSTITUTION_AFTER.test(after)) score -= 6;
  if (ROUTE_START.test(before) && ROUTE_NEXT.test(after)) score -= 4;
  if (!PLACE_PREPOSITION.test(before) && (ACTOR_AFTER.test(after) || ACTOR_BEFORE.test(before))) score -= 4;
  if (context.crowded) score -= 3;
  if (m.start < context.dateline || (m.text === m.text.toUpperCase() && m.text.length > 3)) score -= 8;
  return score + (s.index === 0 ? 1 : 0) + (s.index <= 3 ? 1.5 : 0);
}

/** The kind of place the wording asks for: "Khost and Paktika provinces", "the provinces of X and Y", "X district". */
export function kindHint(m: PlaceMention, sentence: Sentence): "province" | "district" | null {
  const before = sentence.text.slice(Math.max(0, m.start - 80), m.start);
  const after = sentence.text.slice(m.end, m.end + 80);
  if (/^\s+(?:and\s+[A-Z][\w'’]*\s+)?provinces?\b/.test(after) || /\bprovinces? of\s+(?:[A-Z][\w'’]*\s+and\s+)?$/.test(before)) return "province";
  // "Shah Wali Kot district of Kandahar", "Kandahar's Shah Wali Kot district": Kandahar the province, not the city.
  if (
    m.entries.some((e) => e.kind === "province") &&
    (/\bdistrict,?\s+(?:of|in)\s+(?:the\s+)?$/i.test(before) || /^['’]s\s+(?:[A-Z][\w'’-]*\s+){1,3}district\b/.test(after))
  )
    return "province";
  // "in the district of Musa Khel": the district, not its namesake town ("X district of Y" is another reading).
  if (/\bthe\s+district\s+of\s+$/i.test(before) && m.entries.some((e) => e.kind === "district")) return "district";
  return /^\s+district\b/i.test(after) ? "district" : null;
}

/**
 * Among the things a name can mean, the one the article means: the kind its wording asks for,
 * then one inside a district, province or country it names.
 */
export function pickEntry(m: PlaceMention, wanted: "province" | "district" | null, named: Set<string>): PlaceEntry {
  const fit = (e: PlaceEntry) =>
    (e.kind === wanted ? 5 : 0) +
    (e.district && named.has(e.district) ? 2 : 0) +
    (e.province && named.has(e.province) ? 2 : 0) +
    (named.has(e.country) ? 1 : 0) +
    (e.kind === "place" ? 0.5 : 0) +
    Math.min(e.population, 1e7) / 1e8;
  return [...m.entries].sort((a, b) => fit(b) - fit(a))[0]!;
}
