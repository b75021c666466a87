import { NUMBER_PATTERN, parseNumber } from "./number-words";
import type { Sentence } from "./types";

// "Three of the injured died during treatment": the wounded who died are not among the wounded any more.
const DIED_OF_WOUNDS = new RegExp(`\\b(${NUMBER_PATTERN}) of the (?:injured|wounded)\\b[^.;]{0,40}?\\b(?:died|succumbed|later died|passed away)\\b`, "i");

// "The injured guard was rushed to hospital, where he succumbed": one wounded person who died.
const THE_WOUNDED_ONE_DIED =
  /^The (?:injured|wounded) (?!(?:and|were|are)\b)\w+(?: \w+)?\b(?! were\b)[^.;]{0,80}?\b(?:he|she)\s+(?:later\s+)?(?:succumbed|died)\b/i;

/** The report's wounded less those it later says died of their wounds. */
export function lessDiedOfWounds<T extends { count: number; sentence: Sentence }>(injured: T | null, sentences: Sentence[], background: boolean[]): T | null {
  if (!injured) return null;
  const died = sentences
    .filter((s) => !background[s.index] && s.index > injured.sentence.index)
    .reduce((n, s) => n + (parseNumber(DIED_OF_WOUNDS.exec(s.text)?.[1] ?? "") ?? (THE_WOUNDED_ONE_DIED.test(s.text) ? 1 : 0)), 0);
  // Every wounded person the report counts died: it reports no wounded.
  if (died > 0 && died === injured.count && injured.count === 1) return null;
  return died > 0 && died < injured.count ? { ...injured, count: injured.count - died } : injured;
}
