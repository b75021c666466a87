import { countryByIso3, countryByName, type Country } from "@/lib/taxonomy/countries";

/** ISO 3166-1 numeric codes (ACLED's `iso` column) and ACLED's region of each covered country. */
const ACLED_COUNTRY: Record<Country["iso3"], { numeric: number; region: string }> = {
  PAK: { numeric: 586, region: "South Asia" },
  AFG: { numeric: 4, region: "South Asia" },
  IND: { numeric: 356, region: "South Asia" },
  IRN: { numeric: 364, region: "Middle East" },
  CHN: { numeric: 156, region: "East Asia" },
  TJK: { numeric: 762, region: "Caucasus and Central Asia" },
  UZB: { numeric: 860, region: "Caucasus and Central Asia" },
  TKM: { numeric: 795, region: "Caucasus and Central Asia" },
};

export function acledCountryOf(iso3: string): { numeric: number; region: string } | null {
  return Object.hasOwn(ACLED_COUNTRY, iso3) ? ACLED_COUNTRY[iso3 as Country["iso3"]] : null;
}

/** The country named by ACLED's `country` (or, failing that, its numeric `iso`), or null. */
export function countryFromAcled(name: string, isoNumeric: string): Country | null {
  const key = `${isoNumeric.length}:${isoNumeric}|${name}`;
  let found = FOUND.get(key);
  if (found === undefined) {
    found = searchCountry(name, isoNumeric);
    // Bounded: an import asks about a handful of values, a hostile file about many.
    if (FOUND.size >= 1_000) FOUND.clear();
    FOUND.set(key, found);
  }
  return found;
}

const FOUND = new Map<string, Country | null>();

function searchCountry(name: string, isoNumeric: string): Country | null {
  const byName = name.trim() ? countryByName(name) : undefined;
  if (byName) return byName;
  const numeric = Number(isoNumeric);
  const entry = Object.entries(ACLED_COUNTRY).find(([, v]) => isoNumeric.trim() !== "" && v.numeric === numeric);
  return entry ? (countryByIso3(entry[0]) ?? null) : null;
}
