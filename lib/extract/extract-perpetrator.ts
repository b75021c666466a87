import { findActorMentions, type ActorMention } from "./actor-mentions";
import { NEGATED_CLAIM } from "./cue-words";
import { propose } from "./proposal";
import type { PerpetratorValue, Proposal, Sentence } from "./types";

const CLAIM =
  /\b(?:claimed|claiming|took|accepted|owned) (?:the )?responsibility\b|\bclaimed the (?:attack|bombing|blast|assault|abduction|kidnapping|hijacking|raid|killing)\b/i;
const CLAIMED_BY = /\bclaimed by (?:the )?/gi;
const BY_BEFORE =
  /(?:attributed (?:the attack |the bombing |it )?to|blamed (?:it )?on|blamed|carried out by|orchestrated by|perpetrated by|by|group of|belonging to|members of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
const ACTS_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:had |has |have )?(?:targeted|attacked|stormed|carried out|(?:was|were|is) behind|(?:was|were) responsible|attempted to attack|rammed|ambushed|abducted|kidnapped)\b/i;
const THIS_INCIDENT =
  /\b(?:the|this|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) (?:attack|bombing|blast|explosion|assault|ambush|abduction|kidnapping|hijacking|strike)\b|\b(?:targeted|attacked|rammed|attempted to attack)\b/i;
const AIR_STRIKE =
  /\bPakistani (?:air ?strikes?|airstrikes|aircraft|jets|warplanes|planes|drones?|military aircraft)\b|\bPakistan(?:i forces)?\b(?!i Taliban)[^.]{0,80}\b(?:air ?strikes?|airstrikes?|bombed)\b/i;

type Found = { value: PerpetratorValue; sentence: Sentence; confidence: number };

const armed = (text: string) => findActorMentions(text).filter((m) => m.actor.kind === "armed_group");

function claimant(s: Sentence, mentions: ActorMention[]): ActorMention | null {
  for (const m of s.text.matchAll(CLAIMED_BY)) {
    const after = mentions.find((a) => a.start >= m.index && a.start - (m.index + m[0].length) < 40);
    if (after) return after;
  }
  const verb = CLAIM.exec(s.text);
  return verb ? (mentions.find((a) => a.start < verb.index) ?? null) : null;
}

function alleged(s: Sentence, mentions: ActorMention[]): ActorMention | null {
  // A headline or lead is about this incident whatever its wording.
  if (s.index > 1 && !THIS_INCIDENT.test(s.text)) return null;
  return mentions.find((m) => BY_BEFORE.test(s.text.slice(Math.max(0, m.start - 60), m.start)) || ACTS_AFTER.test(s.text.slice(m.end))) ?? null;
}

function findIn(s: Sentence): Found[] {
  const mentions = armed(s.text);
  const found: Found[] = [];
  // "No group has claimed it, though the TTP has carried out similar attacks" names nobody.
  if (NEGATED_CLAIM.test(s.text)) return found;
  const claimed = claimant(s, mentions);
  if (claimed) found.push({ value: { name: claimed.actor.name, certainty: "claimed" }, sentence: s, confidence: 0.85 });
  const blamed = alleged(s, mentions);
  if (blamed) found.push({ value: { name: blamed.actor.name, certainty: "alleged" }, sentence: s, confidence: 0.6 });
  if (AIR_STRIKE.test(s.text)) found.push({ value: { name: "Pakistan Air Force", certainty: "alleged" }, sentence: s, confidence: 0.55 });
  return found;
}

/**
 * Who carried out the attack: a group that claimed it, else one that an official blamed, else the
 * state whose aircraft struck. A group merely mentioned in the article is not proposed.
 */
export function extractPerpetrator(sentences: Sentence[], background: boolean[]): Proposal<PerpetratorValue> | null {
  const found = sentences.filter((s) => !background[s.index]).flatMap(findIn);
  const best = found.reduce<Found | null>((a, f) => (!a || f.confidence > a.confidence ? f : a), null);
  if (!best) return null;
  const rivals = new Set(found.filter((f) => f.confidence === best.confidence).map((f) => f.value.name));
  return propose(best.value, best.sentence, best.confidence - (rivals.size > 1 ? 0.15 : 0));
}
