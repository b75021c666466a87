import { archiveCaptionParagraphs } from "./archive-caption";
import { findCasualtyMentions } from "./casualty-mentions";
import { ATTACK_VERBS, BACKGROUND_CUES, PAGE_FURNITURE_HEADING, SEPARATE_INCIDENT_CUES } from "./cue-words";
import { findDateMentions } from "./date-mentions";
import { daysBetween } from "@/lib/dates/iso-date";
import type { Sentence } from "./types";

type Context = { eventDate: string | null; published: string | null };

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const MONTH_ALONE = new RegExp(`\\bin (?:early |late |mid-?)?(${MONTHS})\\b(?!\\s+\\d)`, "i");

const SAID_ON = /\b(?:said|told|added|stated|statement|claimed)\b[^,.;]{0,25}$/i;

function namesAnotherTime(s: Sentence, { eventDate, published }: Context): boolean {
  if (!eventDate) return false;
  const year = eventDate.slice(0, 4);
  if ([...s.text.matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => m[0] !== year)) return true;
  const month = MONTH_ALONE.exec(s.text)?.[1]?.toLowerCase();
  if (month && MONTHS.split("|").indexOf(month) + 1 !== Number(eventDate.slice(5, 7))) return true;
  // "…, hospital officials said on Wednesday": the day someone spoke is not another event's day.
  const mentions = findDateMentions(s.text, published).filter((m) => !SAID_ON.test(s.text.slice(0, m.index)));
  const other = mentions.find((m) => Math.abs(daysBetween(m.date, eventDate)) > 1);
  if (!other) return false;
  // "…killed 12 policemen on Sunday in a town handed over two weeks ago": the sentence reports this
  // day's toll first; what it says of another time is a tail, not the sentence's subject.
  const first = mentions[0]!;
  return !(first !== other && findCasualtyMentions(s.text.slice(0, other.index)).length > 0);
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const OPENS_ON_WEEKDAY = /^(?:(?:and|but|earlier|also),?\s+)?on (sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

// "On Friday, twin attacks killed 57 in Lahore" in a report of Saturday's attack: a sentence that
// opens on another weekday than the event's is about another day.
function opensOnAnotherWeekday(s: Sentence, eventDate: string | null): boolean {
  const day = OPENS_ON_WEEKDAY.exec(s.text)?.[1]?.toLowerCase();
  if (!day || !eventDate) return false;
  return WEEKDAYS[new Date(`${eventDate}T00:00:00Z`).getUTCDay()] !== day;
}

const NTH_IN_DAYS =
  /\b(?:second|third|fourth|fifth)\s+(?:\w+\s+){0,2}(?:blast|attack|bombing|explosion|incident|strike|assault)s?\b[^.;]{0,60}\bin\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|seven|a few|\d+)\s+(?:days|weeks|hours)\b/i;
const OPENS_ON_ANOTHER_DAY =
  /^(?:yesterday|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:a|one|two|three) days? (?:ago|earlier)|last (?:night|week)|the day before)\b/i;

const NEIGHBOURING_INCIDENT =
  /\b(?:killed|wounded|injured|kidnapped|abducted|attacked)\b[^.;]{0,120}\bin (?:the )?neighbou?ring [A-Z][a-z]+ (?:province|district)\b/;

const THIS_ATTACK = /\b(?:in|of|for|behind|after|during) this (?:attack|blast|bombing|explosion|incident|assault|ambush)\b/i;
const QUOTE_CONTINUES = /^(?:["“]|(?:It|He|She|They|The statement) (?:said|added|stated)\b)/;

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const TOLL_ROSE = /\b(?:death toll|toll|number of (?:the )?(?:dead|deaths))\b[^.;]{0,120}\b(?:rose|risen|rises|climbed|jumped|increased|reached)\b/i;

// The weekday an attack sentence names, unless it is the day someone spoke.
function attackWeekday(s: Sentence): string | null {
  // "On Sunday, the death toll from the attack had risen to 12": the day the toll rose, not the attack's.
  if (TOLL_ROSE.test(s.text)) return null;
  const m = WEEKDAY.exec(s.text);
  return m && ATTACK_VERBS.test(s.text) && !SAID_ON.test(s.text.slice(0, m.index)) ? m[1]!.toLowerCase() : null;
}

// Without a publication date the days cannot be resolved, but the lead's weekday still tells
// "killed 10 on Tuesday" from "On Monday, a suicide attack in Peshawar".
function namesAnotherWeekday(sentences: Sentence[]): boolean[] {
  const lead = sentences
    .slice(0, 3)
    .map(attackWeekday)
    .find((d) => d);
  return sentences.map((s) => {
    const day = attackWeekday(s);
    return !!lead && !!day && day !== lead;
  });
}

const CLAUSE_BREAK = /;|,\s*(?:and|while|but|whereas)\s|\s[—–]\s/g;
const CLAUSE_BREAK_BEFORE = /;|,\s*(?:and|while|but|whereas)\s|\s[—–]\s/;
const PERIOD_TOTAL = /\bin the (?:first|second|third|fourth|last|past|final) (?:\w+ )?(?:half|quarter|(?:six|nine|three) months) of\b/i;

/**
 * Where a sentence turns to an earlier event after reporting this one: "A suicide bomber killed 14
 * people in Kabul on Monday, two days after an attack that killed 9 soldiers in Kandahar". From the
 * first background cue on, when a casualty count comes before it; else null.
 */
export function backgroundTail(s: Sentence): number | null {
  const at = Math.min(...[...BACKGROUND_CUES, SEPARATE_INCIDENT_CUES].map((re) => re.exec(s.text)?.index ?? Infinity));
  if (!Number.isFinite(at) || at === 0) return null;
  // "1,300 civilians were killed … in the first half of this year": the period's total, in one clause
  // with its counts, is what the whole sentence reports.
  const period = PERIOD_TOTAL.exec(s.text);
  if (period && !CLAUSE_BREAK_BEFORE.test(s.text.slice(0, period.index))) return null;
  // "…in Kunduz on Thursday; in Farah, four police died in a separate attack": the other clause starts at the break.
  const counts = findCasualtyMentions(s.text.slice(0, at));
  if (!counts.length) return null;
  // A break before the sentence's own count ("KABUL – A bomb killed 12 …") does not open the other clause.
  const breaks = [...s.text.slice(0, at).matchAll(CLAUSE_BREAK)].map((m) => m.index).filter((i) => i >= counts[0]!.end);
  return breaks.length ? breaks[breaks.length - 1]! : at;
}

/**
 * Marks the sentences that report something other than the incident: earlier attacks, other
 * operations the same day, history. Without an event date only the wording is used.
 */
export function findBackground(sentences: Sentence[], context: Context): boolean[] {
  const otherWeekday = context.eventDate || context.published ? null : namesAnotherWeekday(sentences);
  const otherTime = sentences.map((s, i) => namesAnotherTime(s, context) || !!otherWeekday?.[i] || opensOnAnotherWeekday(s, context.eventDate));
  const out = sentences.map((s, i) => (BACKGROUND_CUES.some((re) => re.test(s.text)) && backgroundTail(s) === null) || otherTime[i]!);
  let separateParagraph = -1;
  let toldOwn = false;
  const anyNeighbouring = sentences.some((s) => NEIGHBOURING_INCIDENT.test(s.text));
  sentences.forEach((s, i) => {
    // A paragraph that opens on another incident or another day stays there.
    const opensParagraph = sentences[i - 1]?.paragraph !== s.paragraph;
    // "In addition, the militants killed two children in neighbouring Kunar province": once the report
    // has told its own attack, a killing in the neighbouring province is another incident.
    const neighbouring = toldOwn && NEIGHBOURING_INCIDENT.test(s.text);
    if (neighbouring) out[i] = true;
    if (SEPARATE_INCIDENT_CUES.test(s.text) || neighbouring || (opensParagraph && otherTime[i])) separateParagraph = s.paragraph;
    toldOwn ||= anyNeighbouring && !out[i] && findCasualtyMentions(s.text).length > 0;
    // The sentence that reports this attack before turning to the other keeps its own part.
    if (s.paragraph === separateParagraph) out[i] = !(SEPARATE_INCIDENT_CUES.test(s.text) && backgroundTail(s) !== null && !otherTime[i]);
  });
  // A paragraph that only goes on quoting ("“On 26 May, ...", "It said, ..."), or that opens by pointing
  // back at "this attack", continues the one before.
  sentences.forEach((s, i) => {
    const previous = sentences[i - 1];
    const continues = QUOTE_CONTINUES.test(s.text) || THIS_ATTACK.test(s.text);
    if (previous && previous.paragraph === s.paragraph - 1 && out[previous.index] && continues) {
      for (const t of sentences) if (t.paragraph === s.paragraph) out[t.index] = true;
    }
  });
  // "It was the second blast in the city in two days. Yesterday eight people were killed …": after
  // saying the attack is one of a series, a sentence that opens on another day tells the earlier one.
  sentences.forEach((s, i) => {
    if (!NTH_IN_DAYS.test(s.text)) return;
    for (let j = i + 1; j < sentences.length && sentences[j]!.paragraph === s.paragraph; j++) if (OPENS_ON_ANOTHER_DAY.test(sentences[j]!.text)) out[j] = true;
  });
  archiveCaptionParagraphs(sentences, context.published).forEach((archived, i) => (out[i] ||= archived));
  const furniture = sentences.findIndex((s) => PAGE_FURNITURE_HEADING.test(s.text));
  if (furniture >= 0) for (let i = furniture; i < out.length; i++) out[i] = true;
  return out;
}
