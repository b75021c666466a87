import type { CasualtyCategory } from "@/lib/taxonomy/casualty-categories";

/**
 * The nouns news reports use for the dead and wounded, by who they were. "Unknown" nouns still
 * make a count ("nine people"). Longer phrases are tried first, so "police official" wins over
 * "official". Extend here when a report's wording is missed.
 */
export const CASUALTY_NOUNS: Readonly<Record<CasualtyCategory, readonly string[]>> = {
  securityForces: [
    "security forces personnel", "members of the security forces", "members of the taliban security forces",
    "security personnel", "security officials", "security forces", "security men", "police officials",
    "police official", "police officers", "police officer", "police personnel", "police constables",
    "fc personnel", "fc soldiers", "fc soldier", "frontier corps", "frontier constabulary", "levies personnel",
    "army personnel", "sons of the soil", "sons of [the] soil", "sons of soil", "soldiers", "soldier", "troops",
    "personnel", "policemen", "policeman", "cops", "cop", "officers", "officer", "constables", "constable",
    "jawans", "sepoys", "sepoy", "havildar", "naik", "subedar", "captain", "lieutenant", "paramilitaries", "commandos", "servicemen", "law enforcers", "guards",
  ],
  civilians: [
    "civilians", "civilian", "passengers", "passenger", "schoolchildren", "children", "child", "students",
    "student", "women", "woman", "girls", "boys", "minors", "worshippers", "tourists", "tourist", "labourers",
    "laborers", "workers", "worker", "engineers", "engineer", "nationals", "citizens", "citizen", "teachers",
    "teacher", "passersby", "passers-by", "passerby", "pilgrims", "journalists", "journalist", "villagers",
    "residents", "drivers", "driver", "refugees", "shopkeepers", "traders", "lawyers", "family members",
  ],
  militants: [
    "suicide bombers", "suicide bomber", "militants", "militant", "terrorists", "terrorist", "attackers",
    "attacker", "assailants", "assailant", "insurgents", "insurgent", "khwarij", "khawarij", "kharjis",
    "kharijis", "bombers", "bomber", "fighters", "gunmen", "gunman", "miscreants", "rebels", "hijackers",
    "kidnappers",
  ],
  unknown: ["people", "persons", "person", "individuals", "others", "lives", "men", "victims", "members"],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

const entries = (Object.entries(CASUALTY_NOUNS) as [CasualtyCategory, readonly string[]][])
  .flatMap(([category, nouns]) => nouns.map((noun) => ({ category, noun })))
  .sort((a, b) => b.noun.length - a.noun.length);

const NOUN_AT_START = new RegExp(`^(?:${entries.map((e) => `(${escape(e.noun)})`).join("|")})\\b`, "i");

/** The casualty noun phrase at the very start of `text`, if any. */
export function nounAt(text: string): { category: CasualtyCategory; length: number; singular: boolean } | null {
  const m = NOUN_AT_START.exec(text);
  if (!m) return null;
  const entry = entries[m.slice(1).findIndex((g) => g !== undefined)]!;
  return { category: entry.category, length: m[0].length, singular: !/s$|men$|ren$|personnel$|troops$/i.test(m[0]) };
}
