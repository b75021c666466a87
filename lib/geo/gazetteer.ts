import type { CountryIso3 } from "../taxonomy/countries";
import { loadPlaces } from "./gazetteer-data";
import type { GazetteerPlace } from "./gazetteer-place";
import { compactPlaceName, normalisePlaceName } from "./normalise-place-name";

export type { GazetteerPlace } from "./gazetteer-place";

type Entry = { place: GazetteerPlace; names: string[]; compacts: string[] };
type Index = { entries: Entry[]; exact: Map<string, Entry[]> };

// Capitals first, then provincial and district seats, then other towns; unknown codes (valleys, districts) last.
const FEATURE_RANK: Readonly<Record<string, number>> = { PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3, PPLA4: 3, PPL: 4 };
const featureRank = (p: GazetteerPlace) => FEATURE_RANK[p.featureCode] ?? 5;

let index: Index | undefined;

// Entries are kept in rank order, so every later filter returns its matches already ranked.
function getIndex(): Index {
  if (index) return index;
  const ranked = [...loadPlaces()].sort((a, b) => featureRank(a) - featureRank(b) || b.population - a.population || a.name.localeCompare(b.name));
  const entries = ranked.map((place) => {
    const names = [...new Set([place.name, place.asciiName, ...place.altNames].map(normalisePlaceName))];
    return { place, names, compacts: names.map((n) => n.replace(/ /g, "")) };
  });
  const exact = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const key of new Set([...entry.names, ...entry.compacts])) exact.set(key, [...(exact.get(key) ?? []), entry]);
  }
  index = { entries, exact };
  return index;
}

/** 0 = exact, 1 = the name starts with the query, 2 = a later word does, null = no match. */
function matchTier(entry: Entry, query: string, compactQuery: string): 0 | 1 | 2 | null {
  if (entry.names.includes(query) || entry.compacts.includes(compactQuery)) return 0;
  if (entry.names.some((n) => n.startsWith(query)) || entry.compacts.some((c) => c.startsWith(compactQuery))) return 1;
  if (entry.names.some((n) => n.includes(` ${query}`))) return 2;
  return null;
}

/**
 * Places whose name, ASCII name or an alternate name matches the query, ignoring case, diacritics and
 * dots: exact matches first, then prefix, then word matches; within each, by importance and population.
 * Returns at most `limit` places (10 by default).
 */
export function searchPlaces(query: string, opts: { limit?: number; country?: CountryIso3 } = {}): GazetteerPlace[] {
  const q = normalisePlaceName(query);
  if (!q) return [];
  const compact = q.replace(/ /g, "");
  const tiers: GazetteerPlace[][] = [[], [], []];
  for (const entry of getIndex().entries) {
    if (opts.country && entry.place.country !== opts.country) continue;
    const tier = matchTier(entry, q, compact);
    if (tier !== null) tiers[tier]!.push(entry.place);
  }
  return tiers.flat().slice(0, opts.limit ?? 10);
}

/** The best-ranked place with exactly this name or alias (case, diacritics and dots ignored). */
export function findPlaceByName(name: string): GazetteerPlace | null {
  const { exact } = getIndex();
  const hits = exact.get(normalisePlaceName(name)) ?? exact.get(compactPlaceName(name));
  return hits?.[0]?.place ?? null;
}

export function allPlaces(): readonly GazetteerPlace[] {
  return loadPlaces();
}
