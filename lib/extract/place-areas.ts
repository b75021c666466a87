import { normalisePlaceName } from "@/lib/geo/normalise-place-name";
import type { PlaceEntry, PlaceIndex } from "./place-index";
import { findPlaceMentions, isOrdinaryWord } from "./place-mentions";
import type { Sentence } from "./types";

/** A named area the gazetteer cannot place where the text does, and the district or province around it. */
export type NamedArea = { name: string; sentence: Sentence; start: number; end: number; container: PlaceEntry | null; district?: boolean };

// "Janikhel area", "Watapur District", "Bara tehsil", "Inzarkas village", "Naway district", "Sarbaz check post".
// "Zarin Khel Bala area": a clan word may join a third word to the name.
const AREA =
  /\b([A-Z][a-z]+(?:[ -](?:(?:e|i|ul|al)[ -])?[A-Z][a-z]+)?(?:(?<=\b(?:Khel|Kheil|Khail|Zai))[ -][A-Z][a-z]+)?)(?:\s+|,\s+an?\s+)(?:area|village|town|tehsil|sub-district|valley|locality|check\s?post|checkpoint|District|district)\b/g;
// "near Meezan chowk in Quetta", "Qissa Khwani Bazaar": a square or bazaar whose word is part of its name.
// "near the town of Zarkan in the district of X": the area's word before its name.
const AREA_OF = /\b(?:town|village|hamlet|locality)\s+of\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b/g;
const NAMED_SQUARE = /\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+([Cc]howk|[Bb]azaa?r|Square|Mosque)\b/g;
const BAZAAR_OF = /^(.+?)\s+[Bb]azaa?r$/;
const NOT_A_NAME =
  /^(?:The|A|This|That|Tribal|Border|Police|Security|Army|Military|Local|Same|Whole|Entire|Residential|Northern|Southern|Eastern|Western|Central|Lower|Upper|North|South|East|West|Frontier|Capital|Federal)$/;
const CLAUSE_BREAK = /[;.]\s|,\s*(?:and|whereas|but|as)\s|\b(?:when|while|where|after|before|killed|injured|wounded|said|hit|struck)\b/;
const IN_NAME_COMMA = /\b(?:in|at|near)\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(,\s+)/g;
const COUNTRY = /^(?:Pakistan|Afghanistan|India|Iran)$/;
const OUTER: Readonly<Record<PlaceEntry["kind"], number>> = { district: 2, province: 1, place: 0 };

/**
 * A town that gives its district its name ("Peshawar's Matni area"): it stands for the district around
 * it. Compared without diacritics: the gazetteer writes the town "Zindah Jān" and its district "Zindah Jan".
 */
export const isDistrictTown = (e: PlaceEntry) => e.kind === "place" && !!e.district && normalisePlaceName(e.district) === normalisePlaceName(e.name);

const inside = (e: PlaceEntry, c: PlaceEntry) => (c.kind !== "province" ? e.district === c.district && e.province === c.province : e.province === c.province);

/**
 * Areas a sentence names with the word for what they are, when none of the gazetteer's entries
 * for the name lies in the district or province the same sentence names: the text's own
 * context wins over a same-named village elsewhere (or none at all).
 */
export function namedAreas(s: Sentence, index: PlaceIndex): NamedArea[] {
  const mentions = findPlaceMentions(s.text, index);
  const out: NamedArea[] = [];
  const found = [
    ...[...s.text.matchAll(AREA)].map((m) => ({ name: m[1]!, core: m[1]!, words: m[0], start: m.index, end: m.index + m[1]!.length })),
    ...[...s.text.matchAll(AREA_OF)].map((m) => {
      const start = m.index + m[0].length - m[1]!.length;
      return { name: m[1]!, core: m[1]!, words: m[0], start, end: start + m[1]!.length };
    }),
    ...[...s.text.matchAll(NAMED_SQUARE)].map((m) => ({
      name: `${m[1]} ${m[2]![0]!.toUpperCase()}${m[2]!.slice(1)}`,
      core: m[1]!,
      words: m[0],
      start: m.index,
      end: m.index + m[0].length,
    })),
  ];
  // "in Zarkot, Bajaur Agency": an unknown name set off by a comma before the district that holds it.
  for (const m of s.text.matchAll(IN_NAME_COMMA)) {
    const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
    const next = mentions.find((x) => x.start === m.index + m[0].length && x.entries.some((e) => e.kind === "district"));
    if (next && !index.get(m[1]!).length && !COUNTRY.test(m[1]!)) found.push({ name: m[1]!, core: m[1]!, words: m[0], start, end: start + m[1]!.length });
  }
  for (const area of found) {
    // "Hangu's Kalaya Bazar area": the bazaar of a town the gazetteer knows is in that town.
    const town = BAZAAR_OF.exec(area.name)?.[1];
    const { name, core, words, start, end } = town && index.get(town).length ? { ...area, name: town, core: town } : area;
    if (NOT_A_NAME.test(name.split(/[ -]/)[0]!)) continue;
    // "Car Bomb Blast Outside District Office": a headline's capitalised ordinary words are no area.
    if (core.split(/[ -]/).some(isOrdinaryWord)) continue;
    // "Shah Wali Kot district": the tail of a longer name the gazetteer knows is not an area of its own.
    if (mentions.some((x) => x.start < start && x.end >= end)) continue;
    // The container sits just after ("X area of Y's Z district") or just before ("Z district's X tehsil").
    const containers = mentions
      .filter((x) => (x.start >= end && x.start - end <= 60) || (x.end <= start && start - x.end <= 40))
      // "X district, while others were killed in Y district", "to Y when the blast hit X district": a
      // name across a clause is another place, not X's container.
      .filter((x) => !CLAUSE_BREAK.test(x.start >= end ? s.text.slice(end, x.start) : s.text.slice(x.end, start)))
      .filter((x) => !x.personLike && x.text !== x.text.toUpperCase())
      .flatMap((x) => x.entries.filter((e) => e.kind !== "place" || isDistrictTown(e)))
      .sort((a, b) => OUTER[b.kind] - OUTER[a.kind]);
    const entries = [...index.get(name), ...index.getBySkeleton(name)];
    const container = containers[0] ?? null;
    // A district or province named this way is found by the ordinary scoring, unless the text puts it in another province.
    if (entries.some((e) => e.kind !== "place") && /district/i.test(words) && (!container || entries.some((e) => e.province === container.province))) continue;
    if (container && entries.some((e) => inside(e, container))) continue;
    if (!container && entries.length) continue;
    out.push({ name, sentence: s, start, end, container, district: /district$/i.test(words) });
  }
  // "near Jani Khel in Bannu district": a place the text puts inside a district or province that
  // none of the gazetteer's places of that name lies in (the Jani Khel it knows is in Paktika).
  for (const m of mentions) {
    if (m.personLike || out.some((a) => a.start === m.start) || m.entries.some((e) => e.kind === "province")) continue;
    const link = /^,?\s+(?:in|of)\s+(?:the\s+)?/.exec(s.text.slice(m.end));
    if (!link) continue;
    const container = mentions
      .filter((x) => x.start === m.end + link[0].length && !x.personLike)
      .flatMap((x) => x.entries.filter((e) => e.kind !== "place"))
      .sort((a, b) => OUTER[b.kind] - OUTER[a.kind])[0];
    if (!container || m.entries.some((e) => inside(e, container))) continue;
    out.push({ name: m.text, sentence: s, start: m.start, end: m.end, container });
  }
  return out;
}
