import type { CasualtyCategory } from "@/lib/taxonomy/casualty-categories";
import { attackerClaims } from "./attacker-claims";
import { bothDied, theAttackersKilled } from "./attackers-killed";
import { findCasualtyMentions, type CasualtyMention, type Role } from "./casualty-mentions";
import { findToll } from "./casualty-tolls";
import { lessDiedOfWounds } from "./died-of-wounds";
import { additiveFrom, civilianContext } from "./casualty-context";
import { ALTERNATIVE_SOURCE_CUES, ATTACK_VERBS, FOLLOW_UP_OPERATION } from "./cue-words";
import { propose, withAlternatives } from "./proposal";
import { inLedeScope, isBodySentence, ledeCount, markLostStops, takesInLede, UPDATED_TOLL } from "./lede-scope";
import { findNamedVictims } from "./named-victims";
import { findSingleVictims, findSingleWounded } from "./single-victims";
import type { KilledProposals, Proposal, Sentence } from "./types";

/** `approximate`: "close to 60", "nearly 60"; `attackers`: the attacking party ("all six attackers", "two suicide bombers"). */
type Tally = {
  count: number;
  sentence: Sentence;
  alternative: boolean;
  approximate?: boolean;
  rough?: boolean;
  attackers?: boolean;
  revised?: boolean;
  single?: boolean;
  /** Militants the strike killed by one side's account, beside another's count of its civilian dead. */
  strikeAccount?: boolean;
};
type Key = `${Role}:${CasualtyCategory}`;

// "…said 27 were dead, revising earlier figures of more than 30": what follows is the superseded count.
const REVISED_FROM =
  /\b(?:revising|revised|correcting|down from|up from)\b[^.;]{0,30}?(?:earlier|previous|initial)?\s*(?:figures?|tolls?|counts?|reports?)?\s*(?:of|from)?\s*/i;
const CLAIMED_TOLL = /\b(?:saying|said|claimed|claiming) (?:that )?(?:it|they) (?:had )?(?:killed|martyred)\b/i;
// "He had earlier said the two other policemen were killed": an account the speaker has since replaced.
const SUPERSEDED_ACCOUNT = /\b(?:had\s+)?(?:earlier|initially)\s+(?:said|reported|told|stated|claimed|put)\b/i;

function usable(m: CasualtyMention, s: Sentence, followUp: boolean): boolean {
  if (m.subset) return false;
  if (CLAIMED_TOLL.test(s.text.slice(Math.max(0, m.start - 120), m.start))) return false;
  if (SUPERSEDED_ACCOUNT.test(s.text.slice(Math.max(0, m.start - 120), m.start))) return false;
  // Militants killed in a later sweep are another event, unless they are "all six" attackers.
  return !(followUp && m.role === "killed" && m.category === "militants" && !m.all);
}

// "… at least ten militants were killed during the operations in another district": once the report
// has counted its attack's victims, militants killed in a campaign of operations are another matter.
const CAMPAIGN_OF_OPERATIONS =
  /\b(?:during|in|amid) (?:the |its |their )?(?:ongoing |military |clearance |security |counter-?terrorism |\w+ )?operations\b|\bongoing (?:military )?operations?\b/i;

// "Earlier, a constable was martyred in Zorvan": once the report has counted its attack's victims, a
// sentence that opens on "Earlier," with no one speaking tells an earlier incident.
const EARLIER_INCIDENT = /^Earlier,\s(?![^.]*\b(?:said|says|told|stated|according to|confirmed|reported)\b)/i;

// "Two guards suffered injuries in a firing incident in Kelbar": once the victims are counted, "an
// incident" with the indefinite article is another one than the report's.
const AN_INCIDENT = /\bin an?\s+(?:[\w-]+\s+){0,2}?incident\b/i;

type Tallies = { byKey: Map<Key, Tally[]>; tolls: Map<Role, Tally[]>; added: number; addedInjured: Tally[]; killedIn: Set<Sentence> };

// "The governor said 14 Taliban fighters were killed in air strikes": the authorities' account of the
// strike's dead, which a count of its civilian dead disputes rather than adds to ("also" adds).
const STRIKE_ACCOUNT = /\bkilled in (?:the |an? )?(?:air ?strikes?|air raids?|drone strikes?|aerial (?:strikes?|bombardment))\b/i;
const ON_TOP = /\b(?:also|too|as well|in addition|besides)\b/i;

// "In addition, eight civilians were wounded in the attack": more wounded on top of the count before.
const IN_ADDITION = /^(?:in addition|additionally|besides),\s/i;

const ATTACKER_NOUN = /^(?:suicide bombers?|attackers?|assailants?|bombers?|gunm[ae]n|raiders?|hijackers?)$/i;

function tallies(sentences: Sentence[], background: boolean[], elsewhere: readonly (readonly [number, number][])[]): Tallies {
  const byKey = new Map<Key, Tally[]>();
  const tolls = new Map<Role, Tally[]>();
  const killedIn = new Set<Sentence>();
  let added = 0;
  const addedInjured: Tally[] = [];
  const followUpParagraphs = new Set(sentences.filter((s) => FOLLOW_UP_OPERATION.test(s.text)).map((s) => s.paragraph));
  const claimed = attackerClaims(sentences);
  const parts: { m: CasualtyMention; s: Sentence; alternative: boolean }[] = [];
  let victimsCounted = false;
  for (const s of sentences) {
    if (background[s.index]) continue;
    if (victimsCounted && (EARLIER_INCIDENT.test(s.text) || AN_INCIDENT.test(s.text))) continue;
    const campaign = victimsCounted && CAMPAIGN_OF_OPERATIONS.test(s.text);
    const alternative = ALTERNATIVE_SOURCE_CUES.test(s.text) || claimed[s.index]!;
    const mentions = [...findCasualtyMentions(s.text), ...bothDied(s, sentences[s.index - 1]), ...theAttackersKilled(s, sentences)];
    const sums = new Map<Key, number>();
    const approximate = new Set<Key>();
    const rough = new Set<Key>();
    const attackers = new Set<Key>();
    const additiveAt = additiveFrom(s);
    const revisedAt = REVISED_FROM.exec(s.text)?.index ?? Infinity;
    for (const m of mentions) {
      if (m.start >= revisedAt) continue;
      if (elsewhere[s.index]?.some(([from, to]) => m.start >= from && m.start < to)) continue;
      if (m.subset && usable({ ...m, subset: false }, s, followUpParagraphs.has(s.paragraph))) parts.push({ m, s, alternative });
      if (!usable(m, s, followUpParagraphs.has(s.paragraph))) continue;
      if (campaign && m.role === "killed" && m.category === "militants" && !m.all) continue;
      if (m.role === "killed") killedIn.add(s);
      if (m.start >= additiveAt && m.role === "killed") {
        added += m.count;
        continue;
      }
      const key: Key = `${m.role}:${m.category}`;
      sums.set(key, (sums.get(key) ?? 0) + m.count);
      if (m.approximate) approximate.add(key);
      if (m.rough) rough.add(key);
      if (m.all || ATTACKER_NOUN.test(m.noun)) attackers.add(key);
    }
    // "gunmen shot dead a trader": a killing of one person, when the sentence gives no count of the dead.
    const single = new Set<Key>();
    if (![...sums.keys()].some((k) => k.startsWith("killed:")) && !added)
      for (const v of findSingleVictims(s.text)) {
        if (v.start >= revisedAt || elsewhere[s.index]?.some(([from, to]) => v.start >= from && v.start < to)) continue;
        sums.set("killed:unknown", (sums.get("killed:unknown") ?? 0) + v.count);
        single.add("killed:unknown");
        killedIn.add(s);
      }
    // "… and injuring the driver": one wounded person, when the sentence gives no count of the wounded.
    if (![...sums.keys()].some((k) => k.startsWith("injured:")))
      for (const v of findSingleWounded(s.text)) {
        if (v.start >= revisedAt || elsewhere[s.index]?.some(([from, to]) => v.start >= from && v.start < to)) continue;
        sums.set("injured:unknown", (sums.get("injured:unknown") ?? 0) + v.count);
        single.add("injured:unknown");
      }
    // "SHO Name and constable Name were injured", "Name, his son and four others died": the list is the count.
    for (const v of findNamedVictims(s.text)) {
      if (v.start >= revisedAt || elsewhere[s.index]?.some(([from, to]) => v.start >= from && v.start < to)) continue;
      const keys = [...sums.keys()].filter((k) => k.startsWith(`${v.role}:`));
      if (v.count <= keys.reduce((n, k) => n + sums.get(k)!, 0)) continue;
      for (const k of keys) sums.delete(k);
      sums.set(`${v.role}:unknown`, v.count);
      if (v.role === "killed") killedIn.add(s);
    }
    if (IN_ADDITION.test(s.text)) {
      const wounded = [...sums].filter(([k]) => k.startsWith("injured:")).reduce((n, [, c]) => n + c, 0);
      for (const k of [...sums.keys()]) if (k.startsWith("injured:")) sums.delete(k);
      if (wounded) addedInjured.push({ count: wounded, sentence: s, alternative });
    }
    if ([...sums.keys()].some((k) => k.startsWith("killed:") && k !== "killed:militants") && isBodySentence(s) && !alternative) victimsCounted = true;
    for (const [key, count] of sums)
      byKey.set(key, [
        ...(byKey.get(key) ?? []),
        {
          count,
          sentence: s,
          alternative,
          approximate: approximate.has(key),
          rough: rough.has(key),
          attackers: attackers.has(key),
          revised: Number.isFinite(revisedAt),
          single: single.has(key),
          strikeAccount: key === "killed:militants" && STRIKE_ACCOUNT.test(s.text) && !ON_TOP.test(s.text),
        },
      ]);
    for (const t of findToll(s.text)) {
      tolls.set(t.role, [...(tolls.get(t.role) ?? []), { count: t.count, sentence: s, alternative }]);
      if (t.role === "killed") killedIn.add(s);
    }
  }
  // The attackers' claim of wounded, in a report whose own sources count the dead but not the wounded,
  // is no count of the report's: the claim stays a claim.
  const ownDead =
    [...byKey.entries()].some(([k, list]) => k.startsWith("killed:") && list.some((t) => !t.alternative)) || !!tolls.get("killed")?.some((t) => !t.alternative);
  if (ownDead) {
    const notClaimed = (t: Tally) => !claimed[t.sentence.index];
    for (const [k, list] of [...byKey]) {
      if (!k.startsWith("injured:")) continue;
      const kept = list.filter(notClaimed);
      if (kept.length) byKey.set(k, kept);
      else byKey.delete(k);
    }
    if (tolls.has("injured")) tolls.set("injured", tolls.get("injured")!.filter(notClaimed));
    if (!tolls.get("injured")?.length) tolls.delete("injured");
  }
  // "Two men were shot … One of the victims has died": a part whose whole is not a count of the dead
  // or of the wounded is the count, when the report gives no other; a part is weaker evidence of the whole.
  for (const role of ["killed", "injured"] as const) {
    if (tolls.has(role) || [...byKey.keys()].some((k) => k.startsWith(`${role}:`))) continue;
    for (const { m, s } of parts.filter((p) => p.m.role === role && !claimed[p.s.index])) {
      const key: Key = `${role}:${m.category}`;
      byKey.set(key, [...(byKey.get(key) ?? []), { count: m.count, sentence: s, alternative: true }]);
      if (role === "killed") killedIn.add(s);
    }
  }
  return { byKey, tolls, added, addedInjured, killedIn };
}

// "However, the deputy commissioner told reporters that 15 people were injured": a named official's
// count set against the lede's is the later word.
const CORRECTS_LEDE = /^However,\s+(?:\w+\s+){1,8}?(?:told|said)\b/i;

// The largest count from a named source; other sources' figures only when nothing else gives one.
function best(all: Tally[] | undefined, ledeFirst = false): Tally | null {
  if (!all?.length) return null;
  // "took over two dozen lives … killing about 26 people": a count in dozens gives way to a written one.
  const list = all.some((t) => !t.rough) ? all.filter((t) => !t.rough) : all;
  const primary = list.filter((t) => !t.alternative);
  // "close to 60" later in the report does not outbid an exact count given before it.
  // A figure given as a revision of earlier ones replaces them.
  const revised = list.filter((t) => t.revised);
  if (revised.length) return revised[revised.length - 1]!;
  const pool = (primary.length ? primary : list).filter(
    (t, _, all) => !t.approximate || !all.some((e) => !e.approximate && e.sentence.index < t.sentence.index),
  );
  // The lede's figure stands against larger ones from headlines, captions and speakers, unless a
  // later sentence says the toll grew or was revised.
  // A killing of one person with no count written does not make a lede against a later count.
  const lede = ledeFirst ? pool.find((t) => isBodySentence(t.sentence) && !t.single) : undefined;
  const eligible = lede
    ? pool.filter(
        (t) =>
          t === lede ||
          t.count <= lede.count ||
          UPDATED_TOLL.test(t.sentence.text) ||
          takesInLede(t.sentence.text, lede.count) ||
          CORRECTS_LEDE.test(t.sentence.text),
      )
    : pool;
  // On a tie, the body's sentence is better evidence than the headline's.
  return eligible.reduce((a, t) => (t.count > a.count || (t.count === a.count && a.sentence.index === 0 && t.sentence.index > 0) ? t : a));
}

// Other counts the article gives, from its own sources first, larger first.
const ranked = (list: Tally[]) =>
  [...list]
    .sort((a, b) => Number(a.alternative) - Number(b.alternative) || b.count - a.count)
    .map((t) => propose(t.count, t.sentence, t.alternative ? 0.35 : 0.45));

function toProposal(t: Tally | null, list: Tally[] | undefined, confidence: number): Proposal<number> | null {
  if (!t) return null;
  const disagreeing = (list ?? []).some((o) => !o.alternative && o.count !== t.count && o.count > 0);
  return propose(t.count, t.sentence, confidence - (t.alternative ? 0.15 : 0) - (disagreeing ? 0.05 : 0));
}

/**
 * How sure a count is: a figure from the lede, with no other figure from the report's own sources
 * against it, keeps `strong`; a figure only in a headline or caption, or one that other figures in
 * the report contradict, is weaker (decision 011, calibration on the unseen set).
 */
function ledeConfidence(t: Tally | null, pool: readonly Tally[], strong: number, demoteOnEither: boolean): number {
  if (!t) return strong;
  const body = pool.filter((o) => !o.alternative && isBodySentence(o.sentence));
  const fromLede = body[0] === t || body[0]?.count === t.count;
  const contradicted = body.some((o) => o.count !== t.count && o.sentence.index !== t.sentence.index);
  const weak = demoteOnEither ? !fromLede || contradicted : !fromLede && contradicted;
  return weak ? strong - 0.1 : strong;
}

const CATEGORIES = ["securityForces", "civilians", "militants"] as const;

const killedTallies = (byKey: Map<Key, Tally[]>, tolls: Map<Role, Tally[]>) => [
  ...(tolls.get("killed") ?? []),
  ...[...byKey.entries()].filter(([k]) => k.startsWith("killed:")).flatMap(([, list]) => list),
];

/**
 * Whether the lede paragraphs (the first body paragraph that reports the attack, and the next) give
 * the total, as one count or as the counts of one sentence added up. A total found only further
 * down, or put together from sentences apart, is shown as medium (calibration, issue #14).
 */
function ledeGives(total: number, sentences: Sentence[], background: boolean[], killed: readonly Tally[]): boolean {
  const lede = sentences.find((s) => !background[s.index] && isBodySentence(s) && ATTACK_VERBS.test(s.text));
  if (!lede) return true;
  const near = (s: Sentence) => s.paragraph >= lede.paragraph && s.paragraph <= lede.paragraph + 1;
  const bySentence = new Map<Sentence, number>();
  for (const t of killed) if (near(t.sentence) && !t.alternative) bySentence.set(t.sentence, (bySentence.get(t.sentence) ?? 0) + t.count);
  return killed.some((t) => near(t.sentence) && !t.alternative && t.count === total) || [...bySentence.values()].includes(total);
}

/**
 * Counts of the dead that the lede event's toll does not take in (`lede-scope.ts`) are dropped: counts
 * of all the dead and of the victims' sides. Militants killed in the fight come on top of the lede's
 * victims, so their counts stay and do not make the lede.
 */
function scopeToLede(byKey: Map<Key, Tally[]>, tolls: Map<Role, Tally[]>): Tally[] {
  const wholeKeys: Key[] = ["killed:unknown", "killed:securityForces", "killed:civilians"];
  const whole = [...(tolls.get("killed") ?? []), ...(byKey.get("killed:unknown") ?? [])];
  // The lede is the first count of the victims: attackers killed are counted on top, not the event's toll.
  const victims = (["securityForces", "civilians"] as const).flatMap((c) => byKey.get(`killed:${c}`) ?? []);
  const lede = ledeCount(whole, victims);
  if (!lede) return [];
  // "…said there were three attackers and that all three were dead": the attackers' count, not a toll.
  const attackersDead = (t: Tally) => byKey.get("killed:militants")?.some((m) => m.sentence === t.sentence && m.count === t.count);
  const keep = (t: Tally) => inLedeScope(t, lede) || !!attackersDead(t);
  const dropped = [...wholeKeys.flatMap((k) => byKey.get(k) ?? []), ...(tolls.get("killed") ?? [])].filter((t) => !keep(t));
  for (const key of wholeKeys) if (byKey.has(key)) byKey.set(key, byKey.get(key)!.filter(keep));
  if (tolls.has("killed")) tolls.set("killed", tolls.get("killed")!.filter(keep));
  return dropped;
}

/**
 * The wounded: the lede's count (see `best`); wounded of different sides counted in different
 * sentences ("four police were wounded" … "16 insurgents were wounded") add up when no count of all
 * the wounded covers them; counts given "in addition" come on top.
 */
function injuredTotal(byKey: Map<Key, Tally[]>, tolls: Map<Role, Tally[]>, pool: Tally[], addedInjured: readonly Tally[]): Tally | null {
  let injured = best(pool, true);
  // Only the report's own sources: another source's account is not more wounded.
  const parts = CATEGORIES.map((c) =>
    best(
      byKey.get(`injured:${c}`)?.filter((t) => !t.alternative),
      true,
    ),
  ).filter((t) => t !== null);
  const partsSum = parts.reduce((n, t) => n + t.count, 0);
  const whole = best(
    [...(byKey.get("injured:unknown") ?? []), ...(tolls.get("injured") ?? [])].sort((a, b) => a.sentence.index - b.sentence.index),
    true,
  );
  if (parts.length >= 2 && new Set(parts.map((t) => t.sentence)).size >= 2 && (!whole || whole.count < partsSum))
    injured = { ...parts.reduce((a, t) => (t.sentence.index < a.sentence.index ? t : a)), count: partsSum };
  const extra = addedInjured.reduce((n, t) => n + t.count, 0);
  if (!extra) return injured;
  return injured ? { ...injured, count: injured.count + extra } : addedInjured[0]!;
}

/**
 * Killed by category and injured, from counts tied to casualty verbs in sentences about this
 * incident. Repeated figures are not added up; parts ("including two officers") are not added on.
 */
export function extractCasualties(
  pageSentences: Sentence[],
  background: boolean[],
  elsewhere: readonly (readonly [number, number][])[] = [],
): { killed: KilledProposals; injured: { total: Proposal<number> | null } } {
  const sentences = markLostStops(pageSentences);
  const { byKey, tolls, added, addedInjured, killedIn } = tallies(sentences, background, elsewhere);
  // Counts outside the lede event stay among the alternatives, last, for the analyst to pick.
  const outsideLede = scopeToLede(byKey, tolls);
  const pick = (key: Key) => toProposal(best(byKey.get(key)), byKey.get(key), 0.85);
  let civilians = pick("killed:civilians");
  const securityForces = pick("killed:securityForces");
  const militants = pick("killed:militants");
  const parts = [securityForces, civilians, militants].filter((p) => p !== null);
  const partsSum = parts.length ? parts.reduce((n, p) => n + p.value, 0) : null;
  const candidates = [best(tolls.get("killed")), best(byKey.get("killed:unknown"), true)].filter((t) => t !== null);
  // Another source's count of all the dead does not outbid the report's own.
  const ownCandidates = candidates.some((t) => !t.alternative) ? candidates.filter((t) => !t.alternative) : candidates;
  const widest = ownCandidates.reduce<Tally | null>((a, t) => (!a || t.count > a.count ? t : a), null);
  const victims = [securityForces, civilians].reduce((n, p) => n + (p?.value ?? 0), 0);
  const militantTally = best(byKey.get("killed:militants"));
  // Another source's count of militants, or the authorities' account of a strike's dead beside a count
  // of its civilians, is a rival account of the same dead: it does not come on top.
  const rival = !!militantTally && (militantTally.alternative || (!!militantTally.strikeAccount && !!civilians && !securityForces));
  let total: Proposal<number> | null = null;
  if (widest?.revised) total = toProposal(widest, undefined, 0.7);
  else if (widest && militants && militantTally?.attackers && widest.count >= victims) {
    // "Seven people were killed ... all six attackers were also killed": the attackers come on top.
    total = { ...toProposal(widest, undefined, 0.75)!, value: widest.count + militants.value };
  } else if (widest && militants && victims > 0 && widest.count === victims && !rival) {
    // "Two police officers were killed … 11 insurgents were killed in the gun battle": the count of
    // all the dead is the victims' own, and the militants killed in the fight come on top.
    total = { ...toProposal(widest, undefined, 0.7)!, value: victims + militants.value };
  } else if (widest && militants && widest.count >= victims && widest.count < partsSum!) {
    // A count of all the dead beside another account of the militants among them (the strike's
    // targets, another source's figure): the count of all the dead stands.
    total = toProposal(widest, undefined, 0.7);
  } else if (widest && (partsSum === null || widest.count >= partsSum)) total = toProposal(widest, undefined, 0.8);
  else if (rival && victims > 0) {
    const own = [securityForces, civilians].filter((p) => p !== null);
    total = { ...own.reduce((a, p) => (p.start! < a.start! ? p : a)), value: victims, confidence: 0.7 };
  } else if (partsSum !== null) total = { ...parts.reduce((a, p) => (p.start! < a.start! ? p : a)), value: partsSum, confidence: 0.8 };
  const wholeCounts = [...(tolls.get("killed") ?? []), ...(byKey.get("killed:unknown") ?? [])];
  if (total && widest && total.value === widest.count)
    total = { ...total, confidence: Math.round(Math.min(total.confidence, ledeConfidence(widest, wholeCounts, 0.8, false)) * 100) / 100 };
  if (total && added) total = { ...total, value: total.value + added, confidence: total.confidence - 0.1 };
  if (total && !ledeGives(total.value, sentences, background, killedTallies(byKey, tolls)))
    total = { ...total, confidence: Math.round(Math.min(total.confidence, 0.7) * 100) / 100 };
  const onlyCivilians = parts.every((p) => p === civilians);
  if (total && onlyCivilians && civilians?.value !== total.value && civilianContext(sentences, background, killedIn)) {
    civilians = { ...total, confidence: 0.55 };
  }
  const injuredList = [
    ...(byKey.get("injured:unknown") ?? []),
    ...["securityForces", "civilians", "militants"].flatMap((c) => byKey.get(`injured:${c}` as Key) ?? []),
  ];
  const injuredBySentence = new Map<Sentence, Tally>();
  for (const t of injuredList) {
    const prev = injuredBySentence.get(t.sentence);
    injuredBySentence.set(t.sentence, prev ? { ...prev, count: prev.count + t.count } : t);
  }
  // In the order of the report, so the lede is the first body sentence that gives a count.
  const injuredPool = [...injuredBySentence.values(), ...(tolls.get("injured") ?? [])].sort((a, b) => a.sentence.index - b.sentence.index);
  const injured = lessDiedOfWounds(injuredTotal(byKey, tolls, injuredPool, addedInjured), sentences, background);
  const killedAlternatives = [
    ...(partsSum !== null && parts.length ? [{ ...parts[0]!, value: partsSum, confidence: 0.5 }] : []),
    ...candidates.map((t) => propose(t.count, t.sentence, 0.5)),
    ...parts,
    ...ranked([...byKey.entries()].filter(([k]) => k.startsWith("killed:")).flatMap(([, list]) => list)),
    ...ranked(outsideLede).map((p) => ({ ...p, confidence: 0.3 })),
  ];
  return {
    killed: { total: withAlternatives(total, killedAlternatives), securityForces, civilians, militants },
    injured: { total: withAlternatives(toProposal(injured, undefined, ledeConfidence(injured, injuredPool, 0.8, true)), ranked(injuredPool)) },
  };
}
