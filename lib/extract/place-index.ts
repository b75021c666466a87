import type { District } from "@/lib/geo/district-data";
import type { GazetteerPlace } from "@/lib/geo/gazetteer-place";
import { normalisePlaceName } from "@/lib/geo/normalise-place-name";
import { PROVINCES } from "@/lib/taxonomy/provinces";
import type { CountryIso3 } from "@/lib/taxonomy/countries";
import { DISTRICT_ALIASES } from "./place-aliases";
import { placeSkeleton } from "./place-skeleton";

export type PlaceKind = "place" | "district" | "province";

/** Something a name in an article can refer to, with where it lies. */
export type PlaceEntry = {
  kind: PlaceKind;
  name: string;
  district: string | null;
  province: string | null;
  country: CountryIso3;
  lat: number | null;
  lng: number | null;
  population: number;
};

export type PlaceIndex = {
  get(name: string): readonly PlaceEntry[];
  /** Entries whose name is spelt differently but sounds the same; only names that are unambiguous. */
  getBySkeleton(name: string): readonly PlaceEntry[];
  /** The largest place in a province: its capital, for "the capital of X province". */
  capitalOf(province: string): PlaceEntry | null;
  maxWords: number;
};

const LATIN = /^[a-z0-9 ]{3,}$/;

function add(map: Map<string, PlaceEntry[]>, name: string, entry: PlaceEntry): void {
  const key = normalisePlaceName(name);
  if (!LATIN.test(key)) return;
  const list = map.get(key) ?? [];
  if (!list.includes(entry)) map.set(key, [...list, entry]);
}

// A district stands at its seat (or its largest place) so a district-only match still has a point.
function districtEntries(places: readonly GazetteerPlace[]): PlaceEntry[] {
  const best = new Map<string, { place: GazetteerPlace; rank: number }>();
  const rank = (p: GazetteerPlace) => (p.featureCode === "PPLA2" ? 2 : p.featureCode.startsWith("PPLA") ? 1 : 0) * 1e9 + p.population;
  for (const p of places) {
    if (!p.district) continue;
    const key = `${p.country}|${p.provinceIso}|${p.district}`;
    if ((best.get(key)?.rank ?? -1) < rank(p)) best.set(key, { place: p, rank: rank(p) });
  }
  return [...best.values()].map(({ place: p }) => entryAt("district", p.district!, p));
}

/**
 * The district table's entries: a district (with its press spellings) or a tehsil inside one. The
 * table's point (seat or mean of its towns) wins over the one guessed from the places; a unit with no
 * known point keeps the guessed one, or none.
 */
function tableEntries(districts: readonly District[], fromPlaces: readonly PlaceEntry[]): { entry: PlaceEntry; names: string[] }[] {
  const guessed = new Map(fromPlaces.map((d) => [`${d.country}|${d.province}|${d.name}`, d]));
  return districts.map((d) => {
    const key = `${d.country}|${d.province}|${d.name}`;
    const at = d.lat !== null ? { lat: d.lat, lng: d.lng } : { lat: guessed.get(key)?.lat ?? null, lng: guessed.get(key)?.lng ?? null };
    const entry: PlaceEntry = {
      kind: d.within ? "place" : "district",
      name: d.name,
      district: d.within ?? d.name,
      province: d.province,
      country: d.country,
      ...at,
      population: guessed.get(key)?.population ?? 0,
    };
    return { entry, names: [d.name, ...d.altNames] };
  });
}

/** An index entry named `name` that stands at place `p`. */
const entryAt = (kind: PlaceKind, name: string, p: GazetteerPlace): PlaceEntry => ({
  kind,
  name,
  district: p.district,
  province: p.province,
  country: p.country,
  lat: p.lat,
  lng: p.lng,
  population: p.population,
});

/** A lookup from every folded name, ASCII name and alias to the places, districts and provinces it names. */
export function buildPlaceIndex(places: readonly GazetteerPlace[], districtTable: readonly District[] = []): PlaceIndex {
  const map = new Map<string, PlaceEntry[]>();
  for (const p of places) {
    const entry = entryAt("place", p.name, p);
    for (const name of [p.name, p.asciiName, ...p.altNames]) add(map, name, entry);
  }
  const guessed = districtEntries(places);
  const table = tableEntries(districtTable, guessed);
  const listed = new Set(table.map(({ entry: e }) => `${e.country}|${e.province}|${e.name}`));
  const unlisted = guessed.filter((d) => !listed.has(`${d.country}|${d.province}|${d.name}`));
  for (const d of unlisted) add(map, d.name, d);
  for (const { entry, names } of table) for (const name of names) add(map, name, entry);
  const districts = [...table.map((t) => t.entry).filter((e) => e.kind === "district"), ...unlisted];
  for (const [alias, district] of Object.entries(DISTRICT_ALIASES)) {
    for (const d of districts.filter((x) => x.name === district)) add(map, alias, d);
  }
  for (const p of PROVINCES) {
    const entry: PlaceEntry = { kind: "province", name: p.name, district: null, province: p.name, country: p.country, lat: null, lng: null, population: 0 };
    for (const name of [p.name, ...p.aliases]) add(map, name, entry);
  }
  const maxWords = Math.max(...[...map.keys()].map((k) => k.split(" ").length));
  // Only main names: GeoNames' alternate names are too many and too varied to sound out.
  const skeletons = new Map<string, { names: Set<string>; entries: PlaceEntry[]; length: number }>();
  const mainNames = [
    ...places.flatMap((p) => [p.name, p.asciiName].map((n) => [n, map.get(normalisePlaceName(n)) ?? []] as const)),
    ...districts.map((d) => [d.name, map.get(normalisePlaceName(d.name)) ?? []] as const),
    ...table.filter((t) => t.entry.kind === "place").map((t) => [t.entry.name, map.get(normalisePlaceName(t.entry.name)) ?? []] as const),
  ];
  for (const [name, entries] of mainNames) {
    const key = placeSkeleton(name);
    if (key.length < 3 || !entries.length) continue;
    const slot = skeletons.get(key) ?? { names: new Set<string>(), entries: [], length: normalisePlaceName(name).replace(/ /g, "").length };
    slot.names.add(normalisePlaceName(entries[0]!.name));
    slot.entries.push(...entries.filter((e) => !slot.entries.includes(e)));
    skeletons.set(key, slot);
  }
  const capitals = new Map<string, PlaceEntry>();
  for (const list of map.values())
    for (const e of list) if (e.kind === "place" && e.province && (capitals.get(e.province)?.population ?? -1) < e.population) capitals.set(e.province, e);
  return {
    get: (name) => map.get(normalisePlaceName(name)) ?? [],
    capitalOf: (province) => capitals.get(province) ?? null,
    getBySkeleton: (name) => {
      const slot = skeletons.get(placeSkeleton(name));
      const length = normalisePlaceName(name).replace(/ /g, "").length;
      return slot && slot.names.size === 1 && Math.abs(slot.length - length) <= 2 ? slot.entries : [];
    },
    maxWords: Math.min(maxWords, 5),
  };
}
