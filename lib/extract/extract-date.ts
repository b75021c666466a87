import { ATTACK_VERBS } from "./cue-words";
import { findDateMentions, type DateMention } from "./date-mentions";
import { propose } from "./proposal";
import { addDays, daysBetween } from "@/lib/dates/iso-date";
import type { Proposal, Sentence } from "./types";

type Candidate = { date: string; sentence: Sentence; score: number };

const ATTACK_NEAR = new RegExp(ATTACK_VERBS.source, "i");
const SAID_BEFORE = /\b(said|says|told|stated|added|confirmed|reported|announced|statement|remarks|speaking)\b[^,.;]{0,25}$/i;
const SAID_AFTER = /^[^,.;]{0,12}\b(claimed|said|told|confirmed|announced)\b/i;
const DAY_AFTER = /\b(a|one|two|three) days? after\b/i;
const DAYS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 };

function scoreMention(s: Sentence, m: DateMention, background: boolean, published: string | null): number {
  const before = s.text.slice(Math.max(0, m.index - 80), m.index);
  const after = s.text.slice(m.index + m.length, m.index + m.length + 80);
  const near = s.text.slice(Math.max(0, m.index - 60), m.index + m.length + 60);
  let score = 1 + (m.kind === "calendar" ? 1 : 0);
  if (ATTACK_NEAR.test(s.text)) score += 3;
  if (ATTACK_NEAR.test(near)) score += 2;
  if (/^'s\s+(attack|blast|bombing|explosion|assault)/i.test(after)) score += 1;
  if (SAID_BEFORE.test(before) || SAID_AFTER.test(after)) score -= 2;
  if (background) score -= 5;
  score += s.index <= 2 ? 1.5 : s.index <= 5 ? 0.5 : 0;
  if (published) {
    const age = daysBetween(m.date, published);
    if (age > 365) score -= 4;
    else if (age > 30) score -= 2;
  }
  return score;
}

// "Kabul/Madrid, May 18: ..." is when the report was filed, not when the attack happened.
const isDateline = (s: Sentence, m: DateMention) => m.index < 40 && /^\s*(?:[:—–(]|-\s)/.test(s.text.slice(m.index + m.length));

// "said on Sunday ..., a day after militants attacked" dates the attack to the day before.
function dayAfterCandidates(s: Sentence, mentions: DateMention[], score: number): Candidate[] {
  const m = DAY_AFTER.exec(s.text);
  if (!m || !ATTACK_NEAR.test(s.text.slice(m.index))) return [];
  const anchor = mentions.find((d) => d.index < m.index);
  return anchor ? [{ date: addDays(anchor.date, -DAYS[m[1]!.toLowerCase()]!), sentence: s, score: score + 2 }] : [];
}

/**
 * The day of the incident: every day the article names, resolved against the publication date,
 * scored by how closely it is tied to the attack verbs rather than to who said what and when.
 */
export function extractEventDate(sentences: Sentence[], background: boolean[], published: string | null): Proposal<string> | null {
  const candidates: Candidate[] = [];
  for (const s of sentences) {
    const mentions = findDateMentions(s.text, published).filter((m) => (!published || m.date <= published) && !isDateline(s, m));
    const scored = mentions.map((m) => ({ date: m.date, sentence: s, score: scoreMention(s, m, background[s.index]!, published) }));
    candidates.push(...scored, ...dayAfterCandidates(s, mentions, Math.max(0, ...scored.map((c) => c.score))));
  }
  const best = candidates.reduce<Candidate | null>((a, c) => (!a || c.score > a.score ? c : a), null);
  if (!best || best.score <= 0) return null;
  const agreeing = candidates.filter((c) => c.date === best.date).length;
  return propose(best.date, best.sentence, 0.45 + best.score * 0.05 + Math.min(agreeing - 1, 3) * 0.03);
}
