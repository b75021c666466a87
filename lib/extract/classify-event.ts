import type { AttackType } from "@/lib/taxonomy/attack-types";
import type { EventType, SubEventType } from "@/lib/taxonomy/event-types";
import type { WeaponType } from "@/lib/taxonomy/weapon-types";
import { propose } from "./proposal";
import type { Proposal, Sentence } from "./types";

export type Classification = {
  eventType: Proposal<EventType> | null;
  subEventType: Proposal<SubEventType> | null;
  attackType: Proposal<AttackType> | null;
  weaponType: Proposal<WeaponType> | null;
  suicide: Proposal<boolean> | null;
};

type Cue = { name: string; re: RegExp };
const CUES: readonly Cue[] = [
  { name: "air", re: /\b(?:air ?strikes?|airstrikes?|air raids?|drone strikes?|aircraft bombarded|warplanes|jets bombed|bombardment)\b/i },
  {
    name: "suicide",
    re: /\bsuicide (?:bomb\w*|attack\w*|blast|vest|car|squad)|\bblew himself up\b|\bdetonated (?:himself|his (?:explosive|suicide))|\brammed an? explosives?[- ]laden\b|\bexplosives?[- ]laden (?:vehicle|truck|car)\b[^.]*\brammed\b|\bvehicle-borne\b/i,
  },
  { name: "ied", re: /\b(?:IED|improvised explosive device|roadside bomb|remote[- ]controlled|landmine|planted (?:bomb|explosives?))\b/i },
  { name: "grenade", re: /\bgrenades?\b/i },
  { name: "explosion", re: /\b(?:blast|explosion|exploded|bomb(?:ing|ed|s)?|blew up|detonated)\b/i },
  { name: "hijack", re: /\bhijack\w*/i },
  { name: "kidnap", re: /\b(?:kidnap\w*|abduct\w*|taken hostage|took (?:them )?hostage|hostages?)\b/i },
  {
    name: "assassination",
    re: /\b(?:primary|main) target\b|\btarget of the (?:attack|bomber|suicide bomber) was\b|\bwas the target\b|\bas the (?:primary )?target\b/i,
  },
  {
    name: "firearms",
    re: /\b(?:gunmen|armed men|opened fire|shot|gunfire|firing|fired|gunfight|gun battle|exchange of fire|ambush\w*|stormed|snipers?|fought|clash\w*|assault|assault rifles|heavy weapons|repulsed|repelled)\b/i,
  },
];

type Hit = { name: string; sentence: Sentence };

function hits(sentences: Sentence[], background: boolean[]): Map<string, Hit> {
  const found = new Map<string, Hit>();
  for (const s of sentences) {
    if (background[s.index]) continue;
    for (const cue of CUES) if (!found.has(cue.name) && cue.re.test(s.text)) found.set(cue.name, { name: cue.name, sentence: s });
  }
  // Hostages held on a train, bus or plane: a hijacking, though no report may use the word.
  const hostages = sentences.find((s) => !background[s.index] && /\bhostages?\b/i.test(s.text));
  const vehicle = sentences.some((s) => !background[s.index] && /\b(?:train|Express|bus|plane|flight|airliner)\b/.test(s.text));
  if (hostages && vehicle && !found.has("hijack")) found.set("hijack", { name: "hijack", sentence: hostages });
  return found;
}

/**
 * ACLED event type and sub-type, GTD attack and weapon type, and the suicide flag, from the words
 * that describe how the attack was carried out. `killed` says whether anyone died and who.
 */
export function classifyEvent(sentences: Sentence[], background: boolean[], killed: { any: boolean; forcesInvolved: boolean }): Classification {
  const h = hits(sentences, background);
  const at = (name: string) => h.get(name);
  const p = <T>(value: T, name: string, confidence: number) => propose(value, at(name)!.sentence, confidence);
  const suicide = at("suicide") ? propose(true, at("suicide")!.sentence, 0.8) : null;
  const explosive = at("air") ?? at("suicide") ?? at("ied") ?? at("grenade") ?? at("explosion");

  let attackType: Proposal<AttackType> | null = null;
  if (at("hijack")) attackType = p("Hijacking", "hijack", 0.7);
  else if (at("kidnap") && !killed.any) attackType = p("Hostage Taking (Kidnapping)", "kidnap", 0.75);
  else if (at("assassination")) attackType = p("Assassination", "assassination", 0.65);
  else if (explosive) attackType = propose("Bombing/Explosion", explosive.sentence, 0.8);
  else if (at("firearms")) attackType = p("Armed Assault", "firearms", 0.7);

  const weaponType: Proposal<WeaponType> | null = explosive
    ? propose("Explosives", explosive.sentence, 0.75)
    : at("firearms")
      ? p("Firearms", "firearms", 0.65)
      : null;

  let event: [EventType, SubEventType, string] | null = null;
  if (at("air")) event = ["Explosions/Remote violence", "Air/drone strike", "air"];
  else if (attackType?.value === "Hijacking" || attackType?.value === "Hostage Taking (Kidnapping)")
    event = ["Violence against civilians", "Abduction/forced disappearance", at("hijack") ? "hijack" : "kidnap"];
  else if (at("suicide")) event = ["Explosions/Remote violence", "Suicide bomb", "suicide"];
  else if (at("grenade") && !at("ied")) event = ["Explosions/Remote violence", "Grenade", "grenade"];
  else if (explosive) event = ["Explosions/Remote violence", "Remote explosive/landmine/IED", at("ied") ? "ied" : "explosion"];
  else if (at("firearms")) event = killed.forcesInvolved ? ["Battles", "Armed clash", "firearms"] : ["Violence against civilians", "Attack", "firearms"];

  return {
    eventType: event ? p(event[0], event[2], 0.7) : null,
    subEventType: event ? p(event[1], event[2], 0.65) : null,
    attackType,
    weaponType,
    suicide,
  };
}
