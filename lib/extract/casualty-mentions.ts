import { findGroups, type Group } from "./casualty-groups";
import { NUMBER_PATTERN } from "./number-words";

export type Role = "killed" | "injured";
export type CasualtyMention = Group & { role: Role };

const KILL =
  /\b(killed|martyred|died|dead|lost (?:their|his|her) li(?:ves|fe)|embraced (?:martyrdom|shahadat)|shot dead|gunned down|neutrali[sz]ed|(?:sent )?to hell|eliminated|perished|succumbed|slain|massacred|slaughtered|made the ultimate sacrifice|(?<=^\s*(?:were|have been|had been)\s+)lost)\b/i;
// "Twenty-two people had been taken to hospital": those taken to hospital are the wounded.
const INJURE =
  /\b(injured|wounded|hurt|(?:sustained|suffered) (?:\w+ )?(?:injuries|wounds)|(?<=\b(?:were|had been|have been)\s+)(?:taken|rushed|shifted|admitted|evacuated) to (?:a |the )?(?:\w+ )?hospitals?)\b/i;
// "grief over the martyrdom of four policemen": a noun of dying counts its dead as a verb does.
const VERB_BEFORE =
  /\b(killing|killed|kill|kills|martyring|martyred|(?:claimed|claiming|claims) (?:the )?lives of|(?:resulted|resulting) in the (?:deaths?|martyrdom) of|the martyrdom of|(?:caused|causing|led to|leading to) the deaths? of|shot dead|shooting dead|gunned down|gunning down|neutrali[sz]ed|neutrali[sz]ing|massacred|massacring|wounding|wounded|injuring|injured|injuries to|wounds to|left|leaving)\s+$/i;
const LIVES_VERB = /\b(?:claimed|claiming|claims|took|taking|takes|cost|costing)\s+(?:the\s+)?$/i;
// Where a count's own clause ends: a speech verb, or a passive that is not about casualties.
const CLAUSE_END =
  /\b(said|says|told|according to)\b|\b(?:were|was|have been|has been|had been|are|is|being)\s+(?:also\s+)?(?:later\s+)?(?!killed|dead|martyred|injured|wounded|hurt|shot|gunned|neutrali[sz]ed|sent|eliminated|slain|massacred|slaughtered|lost|reported|confirmed|feared|believed|presumed|likely|thought|known|declared|pronounced|critically|seriously|severely|badly|slightly|lightly|gravely|grievously|also|later|taken|rushed|shifted|admitted|evacuated|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[a-z]+/i;
const COORDINATION = /^\s*(?:,|and|, and|as well as|,? along with|while)?\s*$/i;
const HAS_OBJECT = /^\s+(?!(?:in|on|at|when|after|by|during|while|as|and|near|since|following|outside|inside|across|so far|yet|too)\b)[a-z]/i;
// "A suicide attacker … killed at least 15 in Mardan": a count right after the verb is what it killed.
const COUNT_OBJECT = new RegExp(
  `^\\s+(?:(?:at least|more than|over|nearly|around|about|some|as many as|up to|approximately|almost)\\s+)?(?:${NUMBER_PATTERN})\\b`,
  "i",
);
// "26 people were killed or wounded", "70 killed, injured": dead and wounded together, neither toll.
const COMBINED = /^\s*,?\s*(?:or|and|&)?\s*(?:injured|wounded|hurt|killed|dead)\b/i;
const AUXILIARY = /\b(?:were|was|been|are|is|be|being|got)\s+(?:\w+\s+)?$/i;

// "The blast killed and injured at least four guards": dead and wounded together, neither toll.
const KILLED_AND_INJURED = /\b(?:killed|killing|kills)\s+(?:and|or|&)\s+(?:injured|wounded|injuring|wounding|injures|wounds)\s+$/i;

function roleBefore(before: string): Role | "after" | null {
  if (KILLED_AND_INJURED.test(before)) return null;
  const verb = VERB_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (!verb) return null;
  if (verb === "left" || verb === "leaving") return "after";
  return /^(?:wound|injur)/.test(verb) ? "injured" : "killed";
}

function roleAfter(window: string, bare: boolean, objectFollows: boolean): Role | null {
  const cut = CLAUSE_END.exec(window);
  const clause = cut ? window.slice(0, cut.index) : window;
  const kill = KILL.exec(clause);
  const injure = INJURE.exec(clause);
  const hit = kill && (!injure || kill.index < injure.index) ? kill : injure;
  if (!hit) return null;
  const lead = clause.slice(0, hit.index);
  // A bare number ("four were injured") must sit right next to its verb.
  // "about 20 more were wounded": "more" adds nothing between them.
  // "About 150 are likely to be injured": a hedge between them adds nothing either.
  // "three other injured", "85 more having been injured": nor do "other" and "having been".
  if (
    bare &&
    !/^\s*(?:(?:were|was|had been|have been|having been|also|more|other|(?:are|is|were|was) (?:likely|feared|believed|thought|known) to (?:be|have been))\s+)*$/i.test(
      lead,
    )
  )
    return null;
  // "claiming the lives of 13 people and leaving several others injured": the verb is the vague count's.
  if (VAGUE_COUNT.test(lead)) return null;
  const rest = clause.slice(hit.index + hit[0].length);
  if (/^(?:killed|dead|injured|wounded)$/i.test(hit[0]) && COMBINED.test(rest)) return null;
  // "a bomber struck … as wounded were being brought in": "wounded" is a noun of its own clause.
  if (/^(?:injured|wounded|dead)$/i.test(hit[0]) && /^\s+(?:were|was|are|is)\b/i.test(window.slice(hit.index + hit[0].length)) && !bare) return null;
  // "A bomber killed five people", "hit four places and killed mostly children": the count before
  // an active verb with an object did the killing.
  const active = /^(?:killed|injured|wounded|martyred)$/i.test(hit[0]) && !AUXILIARY.test(lead);
  if (active && ((objectFollows && !rest.trim()) || HAS_OBJECT.test(rest) || COUNT_OBJECT.test(rest))) return null;
  return hit === kill ? "killed" : "injured";
}

// "a day after clashes that killed 16 soldiers": a count inside a clause about an earlier event.
// "The abduction comes as … after strikes killed 24 troops": the report's setting, not its event.
const EARLIER_EVENT =
  /\b(?:hours?|days?|weeks?|months?) (?:after|before) [^.;]*\b(?:that|which)\s+(?:\w+\s+){0,4}$|\bsince \w+(?: \d{4})?,? when\b[^.;]*$|\b(?:comes?\s+(?:as|amid|after|days?|weeks?|hours?|a day|a week)|came\s+(?:a day|days|hours|a week|weeks)\s+after)\b[^.;]*$/i;

// "A blast targeted a vehicle on Sunday, a day after at least three people were killed": once the
// sentence has told its own attack, a count right after "a day after" opens the earlier event's clause.
// (With no attack told first, "a day after seven soldiers lost their lives" is the report's incident.)
const AFTER_ITS_OWN_ATTACK =
  /\b(?:blast|explosion|bomb|bomber|attack|gunmen|strike)\b[^.;]{0,60}\b(?:targeted|hit|struck|exploded|went off|ripped through|killed|wounded|injured)\b[^;]*\b(?:hours?|days?|weeks?|months?) (?:after|before)\s+$/i;

const VAGUE_COUNT = /\b(?:several|many|scores of|dozens of|hundreds of|a number of|numerous)\s+(?:other\s+)?(?:others|people|persons|more)\b/i;

// "killing 22 (not including the six attackers)": a count the toll leaves out.
const LEFT_OUT = /\b(?:not including|excluding|not counting|exclusive of)\s+(?:the\s+)?$/i;

// "which has so far led to one death": one dead, with no noun of people.
const ONE_DEATH = /\b(?:led to|leading to|caused|causing|resulted in|resulting in|left|leaving)\s+(?:only\s+|just\s+)?(?:one|a single)\s+(?:death|fatality)\b/i;

function oneDeath(text: string, groups: readonly Group[]): CasualtyMention[] {
  const m = ONE_DEATH.exec(text);
  if (!m || groups.some((g) => g.start >= m.index && g.start < m.index + m[0].length)) return [];
  const start = m.index + m[0].search(/\b(?:one|a single)\b/i);
  return [
    { count: 1, category: "unknown", noun: "", start, end: m.index + m[0].length, subset: false, all: false, bare: true, approximate: false, role: "killed" },
  ];
}

// "killed 23 people in addition to Ferozan Dalil": the one named comes on top of the count.
const IN_ADDITION_TO_ONE = new RegExp(
  `^\\s+in addition to\\s+(?!(?:the\\s+|at least\\s+)?(?:${NUMBER_PATTERN}|several|many|dozens|scores|hundreds)\\b)(?:(?:the|a|an)\\s+)?[A-Z]`,
);

// "killing two soldiers, a security official said": who speaks is not among the dead.
const SPEAKS = /^\s+(?:said|says|told|added|stated)\b(?!\s+to\b)/i;

const DEATHS_AFTER = /^\s*(?:civilian\s+)?deaths\b/i;

const BODIES_OF = /\b(?:bod(?:y|ies)|remains|corpses)\s+of\s+(?:the\s+)?$/i;

// "two soldiers were martyred and another injured", "one other was wounded": one more wounded, no number.
// "… and another person was injured": the noun may come before the verb.
// "… while another one is injured", "killing two guards and injuring another": the same, present or active.
const ONE_MORE_WOUNDED =
  /\b(?:and|while)\s+(?:another|one other)\s+(?:(?:was|were|is|had been|has been)\s+)?(?:\w+\s+)?(?:(?:was|is|had been|has been)\s+)?(?:injured|wounded|hurt)\b|\b(?:injuring|wounding)\s+another\b(?!\s+(?:\d|\w+\s+(?:people|persons|others)\b))/i;

function oneMoreWounded(text: string, groups: readonly Group[]): CasualtyMention[] {
  const m = ONE_MORE_WOUNDED.exec(text);
  if (!m || groups.some((g) => g.start >= m.index && g.start < m.index + m[0].length)) return [];
  const start = m.index + m[0].search(/another|one other/i);
  return [
    { count: 1, category: "unknown", noun: "", start, end: m.index + m[0].length, subset: false, all: false, bare: true, approximate: false, role: "injured" },
  ];
}

// "two suicide bombers were killed in police firing while one exploded himself": one more attacker dead.
const ONE_MORE_BOMBER =
  /\b(?:while|and|whereas)\s+(?:the\s+)?(?:one|another|a third|the third|the other)\s+(?:\w+\s+)?(?:exploded|blew up|detonated)\s+(?:himself|his)\b/i;

function oneMoreBomber(text: string, mentions: readonly CasualtyMention[]): CasualtyMention[] {
  const m = ONE_MORE_BOMBER.exec(text);
  const attackersKilled = mentions.some((c) => c.role === "killed" && c.category === "militants" && c.end <= (m?.index ?? 0));
  if (!m || !attackersKilled) return [];
  const start = m.index + m[0].search(/one|another|a third|the third|the other/i);
  return [
    {
      count: 1,
      category: "militants",
      noun: "bomber",
      start,
      end: m.index + m[0].length,
      subset: false,
      all: false,
      bare: false,
      approximate: false,
      role: "killed",
    },
  ];
}

// "Two men carried out the attack. He said one of them was killed while the other attacker fled": one
// attacker dead, when the sentence itself says the pair were the attackers.
const ONE_OF_THE_ATTACKERS = /\bone of them (?:was|had been) (?:killed|shot dead)\b[^.;]*\bthe other (?:attacker|assailant|gunman|bomber|militant)\b/i;

function oneOfTheAttackers(text: string, groups: readonly Group[]): CasualtyMention[] {
  const m = ONE_OF_THE_ATTACKERS.exec(text);
  if (!m || groups.some((g) => g.start >= m.index && g.start < m.index + 6)) return [];
  const base = { subset: false, all: false, bare: false, approximate: false };
  return [{ ...base, count: 1, category: "militants", noun: "attacker", start: m.index, end: m.index + 11, role: "killed" }];
}

/**
 * "10 Policemen Are Killed 10 Policemen Are Killed": a headline or a paragraph the page prints twice
 * (with a space between, or none: "…said officials.The bomb …"), as its first copy.
 */
function onceIfRepeated(text: string): string {
  const half = Math.floor(text.length / 2);
  if (half <= 10) return text;
  const first = text.slice(0, half).trimEnd();
  return text.slice(text.length - first.length) === first && text.length - 2 * first.length <= 1 ? first : text;
}

// "leaving four policemen dead and injuring as many", "4 cops martyred, as many injured": "as many"
// repeats the count before it ("as many as 30" is a qualifier, not this).
const AS_MANY_ACTIVE = /\b(killing|martyring|injuring|wounding)\s+as many\b(?!\s+as\b)/gi;
const AS_MANY_PASSIVE = /\bas many\s+(?:others?\s+|more\s+)?(?:were\s+|had been\s+|have been\s+)?(killed|martyred|dead|injured|wounded|hurt)\b/gi;

function asMany(text: string, mentions: readonly CasualtyMention[]): CasualtyMention[] {
  const out: CasualtyMention[] = [];
  for (const re of [AS_MANY_ACTIVE, AS_MANY_PASSIVE])
    for (const m of text.matchAll(re)) {
      const start = m.index + m[0].search(/as many/i);
      const previous = mentions.filter((c) => c.end <= start).at(-1);
      if (!previous || mentions.some((c) => c.start >= start && c.start < m.index + m[0].length)) continue;
      const role: Role = /^(?:kill|martyr|dead)/i.test(m[1]!) ? "killed" : "injured";
      if (role === previous.role) continue;
      out.push({ ...previous, start, end: m.index + m[0].length, subset: false, all: false, role });
    }
  return out;
}

/** Every count of dead or wounded in one sentence, each with the verb that makes it a casualty. */
export function findCasualtyMentions(sentence: string): CasualtyMention[] {
  const text = onceIfRepeated(sentence);
  const groups = findGroups(text);
  const coordinated = groups.map((g, i) => i > 0 && COORDINATION.test(text.slice(groups[i - 1]!.end, g.start)));
  // "including two policemen and a civilian": the whole list is part of the count before it;
  // ", and at least 83 people were injured" starts a clause of its own.
  groups.forEach((g, i) => (g.subset ||= coordinated[i]! && groups[i - 1]!.subset && !/,\s*and\s*$/.test(text.slice(groups[i - 1]!.end, g.start))));
  const roles: (Role | null)[] = groups.map((g, i) => {
    const before = roleBefore(text.slice(Math.max(0, g.start - 80), g.start));
    // "claimed 9 lives", "took the lives of": the verb is a killing only with "lives".
    if (g.noun === "lives" && LIVES_VERB.test(text.slice(Math.max(0, g.start - 40), g.start))) return "killed";
    if (before && before !== "after") return before;
    // "7 martyrs and 17 injured": the noun itself says they died.
    if (g.noun === "martyrs" && !g.subset) return "killed";
    // "at least 14 civilian deaths": a count of deaths is a count of the dead.
    if (!g.subset && DEATHS_AFTER.test(text.slice(g.end, g.end + 20))) return "killed";
    // The clause runs on past counts that are parts of this one or listed with it.
    let j = i + 1;
    while (j < groups.length && (groups[j]!.subset || groups[j]!.bare || coordinated[j])) j++;
    // A casualty verb sits within a clause of its count; the cap keeps long lists linear.
    const window = text.slice(g.end, Math.min(g.end + 250, j < groups.length ? groups[j]!.start : text.length));
    return roleAfter(window, g.bare, j < groups.length);
  });
  // Counts listed together share a verb: "21 passengers and 4 FC personnel lost their lives".
  for (let i = groups.length - 1; i >= 0; i--) if (!roles[i] && !groups[i]!.bare && coordinated[i + 1]) roles[i] = roles[i + 1] ?? null;
  for (let i = 0; i < groups.length; i++) if (!roles[i] && !groups[i]!.bare && coordinated[i]) roles[i] = roles[i - 1] ?? null;
  const mentions = groups.flatMap((g, i) => {
    const role = roles[i];
    const before = text.slice(Math.max(0, g.start - 200), g.start);
    if (!role || EARLIER_EVENT.test(before) || AFTER_ITS_OWN_ATTACK.test(before) || LEFT_OUT.test(before)) return [];
    if (SPEAKS.test(text.slice(g.end, g.end + 20))) return [];
    // "the bodies of five people were taken to hospital": the dead, not the wounded.
    if (role === "injured" && BODIES_OF.test(text.slice(Math.max(0, g.start - 30), g.start))) return [];
    const previous = groups[i - 1];
    const category = g.noun === "others" && previous && !previous.subset ? previous.category : g.category;
    const onTop = role === "killed" && IN_ADDITION_TO_ONE.test(text.slice(g.end, g.end + 60)) ? 1 : 0;
    return [{ ...g, category: onTop ? "unknown" : category, count: g.count + onTop, role }];
  });
  return [
    ...mentions,
    ...asMany(text, mentions),
    ...oneMoreWounded(text, groups),
    ...oneDeath(text, groups),
    ...oneMoreBomber(text, mentions),
    ...oneOfTheAttackers(text, groups),
  ];
}
