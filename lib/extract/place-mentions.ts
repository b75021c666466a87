import { AREA_WORDS, COMMON_WORDS } from "./place-aliases";
import type { PlaceEntry, PlaceIndex } from "./place-index";

export type PlaceMention = { text: string; start: number; end: number; entries: readonly PlaceEntry[]; personLike: boolean; fuzzy: boolean };

const WORD = /[A-Za-z][A-Za-z.-]*(?:['’][A-Za-z]+)*/g;
// Capitalised words that may stand before a place name without making it someone's surname.
const TITLE_WORD =
  /^(?:District|Tehsil|Division|Lower|Upper|North|South|East|West|Central|Commissioner|Deputy|Assistant|Police|Station|Governor|Chief|Minister|Government|Cantonment|Cantt|Province|Provincial|The|In|At|Near|From|Of|Both|Former|Greater|Old|New|Officer|Superintendent|Inspector|General|Regional|SHO|DPO|DC|SSP|IG|IGP|RPO|Makran|Malakand|Kalat|Quetta|Zhob|Bannu|Kohat|Hazara|Peshawar|Mardan|Dera)$/;

const LOWER_COMPASS = /^(?:north|south|upper|lower)$/;
// "Zabul Khel police station", "Nowshera Kalay": a name followed by a clan or village word is part of a
// longer name (a place of its own), not the province or town it sounds like.
const NAME_SUFFIX = /^(?:Khel|Kheil|Khail|Khels|Zai|Zay|Kalay|Kallay|Killi|Kili)$/;
// "Lal Mohammad", "Kabul Khan": a name followed by a common second name of a person is that person.
const PERSON_NAME_AFTER =
  /^(?:Mohammad|Muhammad|Mohammed|Muhammed|Mohd|Ahmad|Ahmed|Khan|Ali|Hussain|Husain|Hussein|Hassan|Gul|Jan|Din|Uddin|Ullah|Zaman|Rahman|Shah|Bibi|Begum|Akbar|Akhtar|Mir)$/;
const SPEAKS = /^\s+(?:said|says|told|added|confirmed)\b/;
const stripPossessive = (w: string) => w.replace(/['’]s$/i, "");
const NOT_PLACES =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|baloch|pashtun|punjabi|sindhi|hazara|subedar|havildar|khawaja|maulana|mufti|sheikh|sahib|trauma)$/i;

/** A word the article also writes in lower case, so not a name ("Blast", "Outside" in a headline). */
export const isOrdinaryWord = (word: string): boolean => ordinaryWords.has(word.toLowerCase());

// Spelling variants are tried only for a name-like phrase: capitalised words (with e/i/ul/al
// between them), no punctuation, long enough not to be an ordinary word.
function soundsLikeAName(phrase: string): boolean {
  const words = phrase.split(/[\s-]+/);
  return (
    phrase.replace(/[^A-Za-z]/g, "").length >= 6 &&
    !/[,.:;()]/.test(phrase) &&
    words.every((w) => /^[A-Z][a-z]+$/.test(w) || /^(?:e|i|ul|al|o)$/.test(w)) &&
    // "Joined", "Posting": an English word's ending, not a name's.
    !words.some((w) => /[a-z](?:ed|ing)$/.test(w)) &&
    !words.some((w) => NOT_PLACES.test(w) || COMMON_WORDS.has(w.toLowerCase()) || isOrdinaryWord(w))
  );
}

// The place, area and other-province passes all read the same sentences of one article.
const cache = new WeakMap<PlaceIndex, Map<string, readonly PlaceMention[]>>();
const CACHE_SIZE = 500;

// Words the article writes in lower case ("attack", "blast", "outside"): ordinary words, so the same
// word capitalised in a headline is not sounded out as a place ("Attack" as Attock).
let ordinaryWords: ReadonlySet<string> = new Set();
const LOWER_CASE_WORD = /(?<![\w/.-])[a-z]{3,}(?![\w/-])/g;

/**
 * Forgets the sentences read so far and reads the new article's ordinary words: called per article,
 * so timings and memory stay per article.
 */
export function forgetPlaceMentions(index: PlaceIndex, articleText = ""): void {
  cache.get(index)?.clear();
  ordinaryWords = new Set(articleText.match(LOWER_CASE_WORD) ?? []);
}

/** Place, district and province names in a sentence, longest match first, as whole words. */
export function findPlaceMentions(text: string, index: PlaceIndex): readonly PlaceMention[] {
  let byText = cache.get(index);
  if (!byText) cache.set(index, (byText = new Map()));
  const hit = byText.get(text);
  if (hit) return hit;
  const found = scanPlaceMentions(text, index);
  if (byText.size >= CACHE_SIZE) byText.clear();
  byText.set(text, found);
  return found;
}

function scanPlaceMentions(text: string, index: PlaceIndex): PlaceMention[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const out: PlaceMention[] = [];
  for (let i = 0; i < words.length;) {
    // "in Pakistan's restive north Waziristan": a compass word in lower case still starts the name.
    const compass = LOWER_COMPASS.test(words[i]!.word) && /^[A-Z]/.test(words[i + 1]?.word ?? "");
    if (!/^[A-Z]/.test(words[i]!.word) && !compass) {
      i++;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(index.maxWords, words.length - i); n >= 1 && !matched; n--) {
      const last = words[i + n - 1]!;
      const end = last.start + stripPossessive(last.word).length;
      const raw = text.slice(words[i]!.start, end).replace(/\.$/, "");
      const phrase = compass ? raw.charAt(0).toUpperCase() + raw.slice(1) : raw;
      if (compass && n === 1) continue;
      // "Ali Abad" for the gazetteer's Aliabad: the same letters with a space or hyphen between.
      const exact = index.get(phrase).length || !/^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+$/.test(phrase) ? index.get(phrase) : index.get(phrase.replace(/[ -]/g, ""));
      const entries = exact.length || compass || n > 3 || !soundsLikeAName(phrase) ? exact : index.getBySkeleton(phrase);
      if (!entries.length) continue;
      const next = words[i + n]?.word ?? "";
      if (NAME_SUFFIX.test(next) && /^[ -]$/.test(text.slice(end, words[i + n]!.start))) continue;
      if (n === 1 && COMMON_WORDS.has(phrase.toLowerCase()) && !AREA_WORDS.test(next)) continue;
      const before = words[i - 1];
      const after = words[i + n];
      const personLike =
        (!!before && /^[A-Z][a-z]+$/.test(before.word) && !TITLE_WORD.test(before.word) && !/[.:;,|–—]\s*$/.test(text.slice(before.end, words[i]!.start))) ||
        // A sounded-out match followed by a capitalised word is more likely a first name: "Shaukat Abbas".
        (!exact.length && !!after && /^[A-Z][a-z]+$/.test(after.word) && !AREA_WORDS.test(after.word) && /^\s+$/.test(text.slice(end, after.start))) ||
        (n === 1 && !!after && PERSON_NAME_AFTER.test(after.word.replace(/\.$/, "")) && /^\s+$/.test(text.slice(end, after.start))) ||
        // "Khaili said": a match that speaks is a person ("Wardak said", after "Dr. Omar Wardak"), or a
        // government ("Kabul said"), never where the attack was.
        // ("Deputy Commissioner Musakhel told Dawn" is the office's district).
        (SPEAKS.test(text.slice(end, end + 12)) && (!exact.length || !before || !TITLE_WORD.test(before.word)));
      out.push({ text: phrase, start: words[i]!.start, end: words[i]!.start + phrase.length, entries, personLike, fuzzy: !exact.length });
      matched = n;
    }
    i += matched || 1;
  }
  return out;
}
