import { ATTRIBUTION_PATTERNS, DENIAL, ORIGIN_PATTERNS, REPORTS_DENIAL, countryOf } from "./claim-patterns";
import { propose } from "./proposal";
import { speakerNear } from "./speakers";
import type { ClaimValue, PerpetratorValue, Proposal, Sentence } from "./types";

type Context = { sentences: Sentence[]; background: boolean[]; text: string };

const UNATTRIBUTED = "Unattributed";

// A named person or body speaking about this incident is worth more than a general accusation.
function confidence(c: Context, s: Sentence, speaker: string | null, base: number): number {
  return base + (speaker ? 0.1 : -0.15) - Math.min(s.index, 10) * 0.01;
}

function origins(c: Context): Proposal<ClaimValue>[] {
  return c.sentences.flatMap((s) => {
    // Allegations made about another attack, or long ago, are not this incident's claims.
    if (REPORTS_DENIAL.test(s.text) || c.background[s.index]) return [];
    const hit = ORIGIN_PATTERNS.map((re) => re.exec(s.text)).find((m) => m);
    if (!hit) return [];
    const speaker = speakerNear(c.sentences, s.index, c.text);
    const value: ClaimValue = { kind: "origin", claimant: speaker ?? UNATTRIBUTED, subject: countryOf(hit[1]!) };
    return [propose(value, s, confidence(c, s, speaker, 0.7))];
  });
}

function attributions(c: Context): Proposal<ClaimValue>[] {
  return c.sentences.flatMap((s) => {
    const hit = ATTRIBUTION_PATTERNS.map((re) => re.exec(s.text)).find((m) => m);
    if (!hit || c.background[s.index]) return [];
    const speaker = speakerNear(c.sentences, s.index, c.text);
    return [propose<ClaimValue>({ kind: "attribution", claimant: speaker ?? UNATTRIBUTED, subject: countryOf(hit[1]!) }, s, confidence(c, s, speaker, 0.6))];
  });
}

function denials(c: Context, originSubject: string | null): Proposal<ClaimValue>[] {
  return c.sentences.flatMap((s) => {
    const hit = DENIAL.exec(s.text);
    if (!hit) return [];
    const who = (hit[1] ?? hit[2])!.replace(/^the /i, "");
    const subject = countryOf(who) === "Pakistan" && originSubject ? originSubject : countryOf(who);
    return [propose<ClaimValue>({ kind: "denial", claimant: who, subject }, s, 0.7 - Math.min(s.index, 10) * 0.01)];
  });
}

function fromPerpetrator(p: Proposal<PerpetratorValue> | null, c: Context): Proposal<ClaimValue>[] {
  if (!p) return [];
  // A claim has no alternatives of its own: the perpetrator's are other names, not other claims.
  const evidence = { evidence: p.evidence, start: p.start, end: p.end, confidence: p.confidence };
  if (p.value.certainty === "claimed") return [{ ...evidence, value: { kind: "responsibility", claimant: p.value.name, subject: p.value.name } }];
  const s = c.sentences.find((x) => x.start === p.start);
  const speaker = s ? speakerNear(c.sentences, s.index, c.text) : null;
  return speaker ? [{ ...evidence, value: { kind: "attribution", claimant: speaker, subject: p.value.name } }] : [];
}

/**
 * Claims of responsibility, origin ("conducted from Afghanistan"), attribution ("India-sponsored")
 * and denial, each with its claimant; best first, one per kind, claimant and subject.
 */
export function extractClaims(
  sentences: Sentence[],
  background: boolean[],
  text: string,
  perpetrator: Proposal<PerpetratorValue> | null,
): Proposal<ClaimValue>[] {
  const c: Context = { sentences, background, text };
  const origin = origins(c).sort((a, b) => b.confidence - a.confidence);
  const all = [...fromPerpetrator(perpetrator, c), ...origin, ...attributions(c), ...denials(c, origin[0]?.value.subject ?? null)];
  const seen = new Set<string>();
  const attributed = new Set(all.filter((p) => p.value.claimant !== UNATTRIBUTED).map((p) => `${p.value.kind}|${p.value.subject}`));
  return all
    .sort((a, b) => b.confidence - a.confidence)
    .filter((p) => {
      const key = `${p.value.kind}|${p.value.claimant}|${p.value.subject}`;
      // An unattributed claim adds nothing when someone named makes the same one.
      if (p.value.claimant === UNATTRIBUTED && attributed.has(`${p.value.kind}|${p.value.subject}`)) return false;
      return !seen.has(key) && seen.add(key);
    });
}
