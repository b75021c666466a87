import { findCasualtyMentions } from "./casualty-mentions";
import { ATTACK_VERBS } from "./cue-words";
import { findDateMentions, type DateMention } from "./date-mentions";
import { propose, withAlternatives } from "./proposal";
import { addDays, daysBetween } from "@/lib/dates/iso-date";
import type { Proposal, Sentence } from "./types";

type Candidate = { date: string; sentence: Sentence; score: number };

const ATTACK_NEAR = new RegExp(ATTACK_VERBS.source, "i");
const SAID_BEFORE = /\b(said|says|told|stated|added|confirmed|reported|announced|statement|remarks|speaking)\b[^,.;]{0,25}$/i;
const SAID_AFTER = /^[^,.;]{0,12}\b(claimed|said|told|confirmed|announced)\b/i;
// "Officials Friday were investigating … deaths after a battle": the day of the inquiry, the mourning
// or the search that follows, not the attack's.
const AFTERMATH_AFTER =
  /^[^,.;]{0,12}\b(?:were|was|are|is|began|begun|started)?\s*(?:investigating|probing|looking into|examining|mourning|burying|searching for)\b/i;
// "Photos circulating on social media on Monday": the day pictures or word of it came out.
const AFTERMATH_BEFORE =
  /\b(?:investigating|probing|looking into|examining|mourning|burying|searching for|circulat(?:ing|ed)|surfaced|emerged)\b[^,.;]{0,25}$/i;
const aftermath = (s: Sentence, m: DateMention) =>
  AFTERMATH_AFTER.test(s.text.slice(m.index + m.length, m.index + m.length + 60)) || AFTERMATH_BEFORE.test(s.text.slice(Math.max(0, m.index - 60), m.index));
const DAY_AFTER = /\b(a|one|two|three) days? after\b/i;
// "A day after, the toll … rose to 72 … on Easter Monday": the day named is the one after the attack.
const DAY_AFTER_OPENER = /^(a|one|two|three) days? (?:after|later),/i;
// "The toll … Monday climbed to 49": the day the toll rose, not the day of the attack.
const TOLL_ROSE_AFTER = /^\s*(?:climbed|rose|jumped|increased|reached|has (?:risen|climbed|reached))\b/i;
const TOLL_ROSE_BEFORE = /\b(?:toll|number of (?:the )?(?:dead|deaths|casualties))\b[^.;]*\b(?:climbed|rose|risen|jumped|increased|reached)\b[^.;]{0,30}$/i;
const DAYS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 };

// The lede (the first sentences that report an attack) dates the incident; the further down an
// attack sentence is, the more often its day is another incident's.
function ledeBonus(sentences: Sentence[], background: boolean[]): Map<Sentence, number> {
  const attacks = sentences.filter((s) => !background[s.index] && ATTACK_NEAR.test(s.text));
  return new Map(attacks.slice(0, 4).map((s, k) => [s, [2.5, 1.5, 1, 0.5][k]!]));
}

// "On March 10, five terrorists were killed ..." opening a later paragraph recounts another day.
const DATE_OPENER = /^["“]?\s*On\s/i;

const tollRose = (s: Sentence, m: DateMention) => TOLL_ROSE_AFTER.test(s.text.slice(m.index + m.length)) || TOLL_ROSE_BEFORE.test(s.text.slice(0, m.index));

function scoreMention(s: Sentence, m: DateMention, background: boolean, published: string | null): number {
  const before = s.text.slice(Math.max(0, m.index - 80), m.index);
  const after = s.text.slice(m.index + m.length, m.index + m.length + 80);
  const near = s.text.slice(Math.max(0, m.index - 60), m.index + m.length + 60);
  let score = 1 + (m.kind === "calendar" ? 1 : 0);
  if (ATTACK_NEAR.test(s.text)) score += 3;
  if (ATTACK_NEAR.test(near)) score += 2;
  if (/^'s\s+(attack|blast|bombing|explosion|assault)/i.test(after)) score += 1;
  if (SAID_BEFORE.test(before) || SAID_AFTER.test(after) || tollRose(s, m) || aftermath(s, m)) score -= 2;
  if (background) score -= 5;
  score += s.index <= 2 ? 1.5 : s.index <= 5 ? 0.5 : 0;
  if (published) {
    const age = daysBetween(m.date, published);
    if (age > 365) score -= 4;
    else if (age > 30) score -= 2;
    else if (age > 7) score -= 1.5;
  }
  return score;
}

// "Kabul/Madrid, May 18: ..." is when the report was filed, not when the attack happened.
// "KABUL (Agency News - 01st December, 2020) …" and "(Source) MUZAFFARABAD, Pakistan - June 27, 2009: …" too:
// the filing day in parentheses after the agency, or after a capitalised place and a dash, further in.
const AGENCY_DATE_BEFORE = /\([^()]{2,60}[-–—,]\s*$/;
const PLACE_DASH_BEFORE = /\b[A-Z]{3,}[A-Z .'-]*(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?\s+[-–—]\s*$/;
const isDateline = (s: Sentence, m: DateMention) => {
  const before = s.text.slice(0, m.index);
  const after = s.text.slice(m.index + m.length);
  if (m.index < 40 && /^\s*(?:[:—–(]|-\s)/.test(after)) return true;
  if (m.index >= 120) return false;
  return (AGENCY_DATE_BEFORE.test(before) && /^\s*\)/.test(after)) || (PLACE_DASH_BEFORE.test(before) && /^\s*[:—–]/.test(after));
};

// "said on Sunday ..., a day after militants attacked" dates the attack to the day before.
function dayAfterCandidates(s: Sentence, mentions: DateMention[], score: number): Candidate[] {
  const opener = DAY_AFTER_OPENER.exec(s.text);
  if (opener && mentions.length) return [{ date: addDays(mentions[0]!.date, -DAYS[opener[1]!.toLowerCase()]!), sentence: s, score: score + 2 }];
  const m = DAY_AFTER.exec(s.text);
  if (!m || !ATTACK_NEAR.test(s.text.slice(m.index))) return [];
  // "killed 14 people on Monday, two days after an attack that ...": the day named is this attack's own.
  if (findCasualtyMentions(s.text.slice(0, m.index)).length) return [];
  const anchor = mentions.find((d) => d.index < m.index);
  return anchor ? [{ date: addDays(anchor.date, -DAYS[m[1]!.toLowerCase()]!), sentence: s, score: score + 2 }] : [];
}

/**
 * The day of the incident: every day the article names, resolved against the publication date,
 * scored by how closely it is tied to the attack verbs rather than to who said what and when.
 */
export function extractEventDate(sentences: Sentence[], background: boolean[], published: string | null): Proposal<string> | null {
  const candidates: Candidate[] = [];
  const lede = ledeBonus(sentences, background);
  const firstAttackParagraph = [...lede.keys()][0]?.paragraph ?? 0;
  // Without a publication date, the years the text names may date "Sunday (September 22)".
  const textYears = published ? [] : [...new Set(sentences.flatMap((s) => findDateMentions(s.text, null).map((m) => Number(m.date.slice(0, 4)))))];
  for (const s of sentences) {
    const mentions = findDateMentions(s.text, published, textYears).filter((m) => (!published || m.date <= published) && !isDateline(s, m));
    const bonus = lede.get(s) ?? 0;
    const laterOpener = (m: DateMention) => (s.paragraph > firstAttackParagraph + 1 && m.index < 8 && DATE_OPENER.test(s.text) ? 2 : 0);
    // The day someone spoke gets no lede bonus: the lede may be reporting the statement, not the attack.
    const spoken = (m: DateMention) =>
      SAID_BEFORE.test(s.text.slice(Math.max(0, m.index - 80), m.index)) ||
      SAID_AFTER.test(s.text.slice(m.index + m.length, m.index + m.length + 80)) ||
      tollRose(s, m) ||
      aftermath(s, m);
    const scored = mentions.map((m) => ({
      date: m.date,
      sentence: s,
      score: scoreMention(s, m, background[s.index]!, published) + (spoken(m) ? 0 : bonus) - laterOpener(m),
    }));
    candidates.push(...scored, ...dayAfterCandidates(s, mentions, Math.max(0, ...scored.map((c) => c.score))));
  }
  const best = candidates.reduce<Candidate | null>((a, c) => (!a || c.score > a.score ? c : a), null);
  // A report that names no day is most often about the day it was published.
  if (!best || best.score <= 0) return published ? { value: published, evidence: "the publication date", start: null, end: null, confidence: 0.4 } : null;
  const confidenceOf = (c: Candidate) => 0.45 + c.score * 0.05 + Math.min(candidates.filter((x) => x.date === c.date).length - 1, 3) * 0.03;
  const ranked = [...candidates].sort((a, b) => b.score - a.score).filter((c) => c.score > 0);
  const others = ranked.map((c) => propose(c.date, c.sentence, confidenceOf(c)));
  if (published) others.push({ value: published, evidence: "the publication date", start: null, end: null, confidence: 0.3 });
  return withAlternatives(propose(best.date, best.sentence, confidenceOf(best)), others);
}
