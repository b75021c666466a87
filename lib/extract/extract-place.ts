import { backgroundTail } from "./background";
import { ATTACK_VERBS } from "./cue-words";
import { saysIncidentSite } from "./incident-site";
import { isBodySentence } from "./lede-scope";
import type { PlaceEntry, PlaceIndex } from "./place-index";
import { findPlaceMentions, type PlaceMention } from "./place-mentions";
import { isDistrictTown, namedAreas, type NamedArea } from "./place-areas";
import { datelineEnd, kindHint, pickEntry, scoreMention } from "./place-scoring";
import { propose, withAlternatives } from "./proposal";
import type { Proposal, Sentence } from "./types";

export type PlaceProposals = {
  location: Proposal<string> | null;
  district: Proposal<string> | null;
  province: Proposal<string> | null;
  country: Proposal<string> | null;
  latitude: Proposal<number> | null;
  longitude: Proposal<number> | null;
};

/** `ledeBonus`: the part of `score` owed to the lede (it ranks the place, it does not make it surer). */
type Scored = { mention: PlaceMention; entry: PlaceEntry; sentence: Sentence; score: number; ledeBonus: number; dateline: boolean };

const CAPITAL_OF = /\b(?:provincial\s+)?capital(?:\s+city)?\s+of\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?$/i;
// "… receives treatment following the explosions in Jalalabad on Tuesday. — AFP": a photo caption,
// which shows where the wounded were taken or the city nearby rather than the scene.
const PHOTO_CAPTION = /[.!]\s*["”]?\s*[—–-]\s*(?:AFP|AP|Reuters|EPA|Xinhua|Photo|File|Online|INP|APP|PPI)\b[^.]{0,30}$|^(?:photo|file photo|picture)\s*:/i;
const KIND_WEIGHT = { place: 3, district: 2, province: 0.5 } as const;
const SPECIFICITY = { place: 2, district: 1, province: 0 } as const;

// The place the lede's attack sentence names is where the main event happened (issue #14): a town
// named later (a hospital's, a speaker's, another incident's) has to score clearly better to win.
// A province there names the region, not the place, and gets nothing.
const LEDE_BONUS = 2;

/** The lede's attack sentence: the first sentence of the body that reports the attack, or the next one or two on when it names no place. */
function ledeAttackSentence(sentences: Sentence[], background: boolean[], index: PlaceIndex): Sentence | null {
  const attacks = sentences.filter((s, i) => !background[i] && isBodySentence(s) && ATTACK_VERBS.test(s.text) && !PHOTO_CAPTION.test(s.text));
  const lede = attacks[0] ?? null;
  // "A roadside bomb killed nine people on Monday. … The blast struck in X district": a lede that names
  // no place leaves the place to the next attack sentence of the same opening.
  const names = (s: Sentence) => {
    const dateline = datelineEnd(s, sentences[s.index - 1]?.paragraph !== s.paragraph);
    // "KABUL, Afghanistan -- …": a town in capitals is where the report was filed.
    return findPlaceMentions(s.text, index).some((m) => !m.personLike && m.start >= dateline && m.text !== m.text.toUpperCase());
  };
  if (!lede || names(lede)) return lede;
  return attacks.find((s) => s.index > lede.index && s.index - lede.index <= 2 && names(s)) ?? lede;
}

function scoreAll(sentences: Sentence[], background: boolean[], index: PlaceIndex, lede: Sentence | null): Scored[] {
  const mentions = sentences.map((s) => findPlaceMentions(s.text, index));
  const named = new Set<string>(
    ["Pakistan", "Afghanistan"].filter((c) => sentences.some((s) => s.text.includes(c))).map((c) => (c === "Pakistan" ? "PAK" : "AFG")),
  );
  mentions.flat().forEach((m) => m.entries.forEach((e) => !m.personLike && named.add(e.name)));
  // Without the country's name, the places that can only be in one country say which it is.
  const votes = { PAK: 0, AFG: 0 };
  for (const m of mentions.flat()) {
    const countries = new Set(m.entries.map((e) => e.country));
    const only = [...countries][0];
    if (!m.personLike && !m.fuzzy && countries.size === 1 && (only === "PAK" || only === "AFG")) votes[only]++;
  }
  if (!named.has("PAK") && !named.has("AFG")) {
    if (votes.PAK >= 2 * votes.AFG && votes.PAK > 0) named.add("PAK");
    else if (votes.AFG >= 2 * votes.PAK && votes.AFG > 0) named.add("AFG");
  }
  // A name the article once calls a province means the province everywhere in it.
  const provinces = new Set(sentences.flatMap((s, i) => mentions[i]!.filter((m) => kindHint(m, s) === "province").map((m) => m.text.toLowerCase())));
  const wanted = (m: PlaceMention, s: Sentence) => kindHint(m, s) ?? (provinces.has(m.text.toLowerCase()) ? "province" : null);
  // "Lower Dir" named once, "Dir" after: the short name stands for the district the article names in full.
  const compassed = new Map<string, PlaceEntry[]>();
  for (const e of mentions.flat().flatMap((m) => m.entries)) {
    const short = /^(?:Lower|Upper|North|South)\s+(.+)$/.exec(e.kind === "district" ? e.name : "")?.[1]?.toLowerCase();
    if (short && !(compassed.get(short) ?? []).includes(e)) compassed.set(short, [...(compassed.get(short) ?? []), e]);
  }
  const fullDistrict = (m: PlaceMention) => {
    const full = compassed.get(m.text.toLowerCase());
    return full?.length === 1 && !m.entries.includes(full[0]!) ? full[0]! : null;
  };
  // "the late Bashir Zarkani ... said Zarkani": a sounded-out name the article once gives as a
  // surname is that person wherever it stands alone.
  const people = new Set(mentions.flat().flatMap((m) => (m.personLike && m.fuzzy ? [m.text.toLowerCase()] : [])));
  const scored = sentences.flatMap((s, i) => {
    if (background[i]) return [];
    const places = mentions[i]!.filter((m) => m.entries.some((e) => e.kind !== "province"));
    const context = {
      crowded: new Set(places.map((m) => m.text.toLowerCase())).size >= 4,
      dateline: datelineEnd(s, sentences[i - 1]?.paragraph !== s.paragraph),
      attackSentence: ATTACK_VERBS.test(s.text),
    };
    // "…in Kabul on Monday, two days after an attack in Kandahar": the tail is another event.
    const tail = backgroundTail(s) ?? Infinity;
    return mentions[i]!.filter((m) => m.start < tail).map((found) => {
      const m = found.fuzzy && people.has(found.text.toLowerCase()) ? { ...found, personLike: true } : found;
      const entry = fullDistrict(m) ?? pickEntry(m, wanted(m, s), named);
      // "the capital of eastern Nangarhar province" names the capital, not the whole province.
      const capital = entry.kind === "province" && CAPITAL_OF.test(s.text.slice(Math.max(0, m.start - 60), m.start)) ? index.capitalOf(entry.name) : null;
      const mention = capital ? { ...m, text: capital.name } : m;
      const picked = capital ?? entry;
      const ledeBonus = s === lede && picked.kind !== "province" ? LEDE_BONUS : 0;
      const score = scoreMention(m, s, context) - (PHOTO_CAPTION.test(s.text) ? 4 : 0) + ledeBonus;
      return { mention, entry: picked, sentence: s, score, ledeBonus, dateline: m.start < context.dateline };
    });
  });
  const repeats = new Map<PlaceEntry, number>();
  for (const c of scored) if (c.score > 0) repeats.set(c.entry, (repeats.get(c.entry) ?? 0) + 1);
  for (const c of scored) {
    const again = (repeats.get(c.entry) ?? 0) - (c.score > 0 ? 1 : 0);
    c.score += KIND_WEIGHT[c.entry.kind];
    c.score += Math.min(again * 0.5, 2);
    // A town inside a district the article also names is probably where it happened; a town
    // named like its district often stands for the whole district.
    if (c.entry.kind === "place" && c.entry.district && !isDistrictTown(c.entry) && named.has(c.entry.district)) c.score += 2;
    if (isDistrictTown(c.entry)) c.score -= 1;
  }
  return scored;
}

// A person's name that only sounds like a village ("SHO Irshaad Soomro" ~ Samaro) is never the place.
const personOnly = (c: Scored) => c.mention.personLike && c.mention.fuzzy;

// The most specific place among those scored nearly as high as the best.
// Another place (not a district or province) scores nearly as well as the chosen one: the choice
// between them is weak evidence, so the place is shown as medium (decision 011, calibration).
const CONTESTED_MARGIN = 3;

function contested(all: Scored[], best: Scored): boolean {
  const fold = (x: string) => x.toLowerCase().replace(/[^a-z]/g, "");
  return all.some(
    (c) =>
      c !== best &&
      !personOnly(c) &&
      c.entry.kind === "place" &&
      c.score > 0 &&
      c.score >= best.score - CONTESTED_MARGIN &&
      fold(c.entry.name) !== fold(best.entry.name),
  );
}

// "KALAT: A shell hit a shop in a village of Balochistan": where the report was filed is
// no town of the attack (its town stands in only when nothing else does).
const isDateline = (c: Scored) => c.dateline;

function choose(all: Scored[]): Scored | null {
  const scored = all.filter((c) => !personOnly(c));
  const top = Math.max(...scored.map((c) => c.score));
  const close = scored.filter((c) => c.score > 0 && c.score >= top - 3 && (!isDateline(c) || c.score === top));
  return close.sort((a, b) => SPECIFICITY[b.entry.kind] - SPECIFICITY[a.entry.kind] || b.score - a.score)[0] ?? null;
}

/**
 * An area the attack sentences name ("in Bara tehsil", "Janikhel area of ... Bannu district") that
 * the gazetteer cannot place where the text does: it is the place, inside the district or province
 * around it. Used when the best match is only a district or province, or is that same name found
 * in the wrong country.
 */
function areaInstead(best: Scored, found: readonly NamedArea[]): { text: string; entry: PlaceEntry; sentence: Sentence } | null {
  // "X area of Kurram" ties X to the chosen district in so many words: it goes before an area with no container.
  const tied = (a: NamedArea) =>
    !!a.container && a.container.kind !== "province" && a.container.district === best.entry.district && a.container.province === best.entry.province;
  const areas = [...found.filter(tied), ...found.filter((a) => !tied(a))];
  for (const a of areas) {
    const sameName = best.sentence === a.sentence && best.mention.start === a.start;
    const container = a.container ?? (best.entry.kind !== "place" || isDistrictTown(best.entry) ? best.entry : null);
    // A district's namesake town may give way to an area the text puts inside that district.
    const townOfContainer = isDistrictTown(best.entry) && !!a.container && a.container.district === best.entry.district;
    if (!container || (best.entry.kind === "place" && !sameName && !townOfContainer)) continue;
    // "X district" that the gazetteer lacks is a district of its own, not a place inside the chosen one.
    if (best.entry.kind === "district" && a.district && !sameName) continue;
    if (!sameName && container.province !== best.entry.province) continue;
    return { text: a.name, entry: container, sentence: a.sentence };
  }
  return null;
}

/**
 * "QUETTA, Aug 8: ... blew himself up inside the Police Lines": when the text itself names only the
 * province, a dateline town inside that province is the best stand-in for the place.
 */
function datelineTown(best: Scored, sentences: Sentence[], index: PlaceIndex): { entry: PlaceEntry; sentence: Sentence; text: string } | null {
  if (best.entry.kind !== "province") return null;
  // The page's first line, or the first paragraph that opens with a town in capitals ("PUL-I-ALAM: …")
  // when the page puts a headline or a forum's chrome before the report.
  const first = sentences[0];
  const opening = sentences.find((s, i) => i > 0 && sentences[i - 1]!.paragraph !== s.paragraph && CAPITALS_DATELINE.test(s.text));
  for (const s of [first, opening]) {
    if (!s) continue;
    const end = s === first ? datelineEnd(s, true) : CAPITALS_DATELINE.exec(s.text)![0].length;
    for (const m of findPlaceMentions(s.text, index).filter((x) => x.end <= end)) {
      const town = m.entries.find((e) => e.kind === "place" && e.province === best.entry.province);
      // The report's own spelling, as for any other match ("PUL-I-ALAM" shows as Pul-I-Alam).
      if (town) return { entry: town, sentence: s, text: m.text };
    }
  }
  return null;
}

const CAPITALS_DATELINE = /^[A-Z]{2,}(?:[ -][A-Z]{1,})*\s*(?:\([^)]*\))?\s*[:,]/;

const display = (text: string) => (text === text.toUpperCase() ? text.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase()) : text);

/**
 * Where the attack happened: the gazetteer names in the article, ranked by how closely each is tied
 * to the attack verbs rather than to a press conference, a victim's home town or an earlier attack.
 */
// The other readings of the place and province, best first: what an analyst picks from when the first is wrong.
function placeAlternatives(scored: Scored[], chosen: Scored, confidence: (c: Scored) => number) {
  const ranked = scored.filter((c) => c !== chosen && c.score > 0 && !personOnly(c)).sort((a, b) => b.score - a.score);
  const fold = (x: string) => x.toLowerCase().replace(/[^a-z]/g, "");
  return {
    location: ranked.map((c) => propose(display(c.mention.text), c.sentence, confidence(c))),
    province: ranked.flatMap((c) => (c.entry.province ? [propose(c.entry.province, c.sentence, confidence(c))] : [])),
    same: (a: string, b: string) => fold(a) === fold(b),
  };
}

/**
 * "A suicide attack in Pakistan's Khyber Pakhtunkhwa … the bomber drove into the gate in Bannu": a
 * province is not the place when an attack sentence names a town or district inside it.
 */
function townInsteadOfProvince(best: Scored, scored: Scored[]): Scored {
  if (best.entry.kind !== "province") return best;
  const inside = scored.filter(
    (c) =>
      c.entry.kind !== "province" &&
      c.entry.province === best.entry.province &&
      c.score > 0 &&
      !c.mention.personLike &&
      !isDateline(c) &&
      ATTACK_VERBS.test(c.sentence.text),
  );
  return inside.reduce<Scored | null>((a, c) => (!a || c.score > a.score ? c : a), null) ?? best;
}

export function extractPlace(sentences: Sentence[], background: boolean[], index: PlaceIndex): PlaceProposals {
  const scored = scoreAll(sentences, background, index, ledeAttackSentence(sentences, background, index));
  const chosen = choose(scored);
  const best = chosen && townInsteadOfProvince(chosen, scored);
  if (!best) return { location: null, district: null, province: null, country: null, latitude: null, longitude: null };
  const attackSentences = sentences.filter((s) => !background[s.index] && (ATTACK_VERBS.test(s.text) || saysIncidentSite(s.text)));
  const area = areaInstead(
    best,
    attackSentences.flatMap((s) => namedAreas(s, index)),
  );
  const town = area ? null : datelineTown(best, sentences, index);
  const { entry, sentence } = area ?? town ?? best;
  const name = area ? area.text : town ? town.text : entry === best.entry ? best.mention.text : entry.name;
  const confidence = Math.min(0.9, 0.4 + (best.score - best.ledeBonus) * 0.04) - (area ? 0.1 : 0);
  const at = <T>(value: T | null, c: number) => (value === null ? null : propose(value, sentence, c));
  const point = entry.kind === "province" ? null : entry.kind === "district" || area ? confidence - 0.2 : confidence;
  const alt = placeAlternatives(scored, best, (c) => Math.min(0.9, 0.4 + (c.score - c.ledeBonus) * 0.04) - 0.1);
  // When an area stood in for the match, the match itself is the first alternative.
  const locationAlternatives = area ? [propose(display(best.mention.text), best.sentence, confidence - 0.1), ...alt.location] : alt.location;
  return {
    location: withAlternatives(
      at(display(name), (entry.kind === "province" && !area ? confidence - 0.3 : confidence) - (contested(scored, best) ? 0.1 : 0)),
      locationAlternatives,
      alt.same,
    ),
    district: at(entry.district, confidence),
    province: withAlternatives(at(entry.province, confidence + 0.05), alt.province),
    country: at(entry.country, confidence + 0.1),
    latitude: point === null ? null : at(entry.lat, point),
    longitude: point === null ? null : at(entry.lng, point),
  };
}
