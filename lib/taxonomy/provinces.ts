import type { CountryIso3 } from "./countries";

/**
 * First-level administrative units (admin1) with their ISO 3166-2 codes, as listed by Debian's
 * iso-codes. Pakistan's former FATA merged into Khyber Pakhtunkhwa in 2018, so it is an alias here,
 * not a province. Names are the English forms analysts use, without diacritics.
 */
export type Province = {
  iso: string;
  name: string;
  country: CountryIso3;
  aliases: readonly string[];
};

export const PROVINCES: readonly Province[] = [
  { iso: "PK-BA", name: "Balochistan", country: "PAK", aliases: ["Baluchistan"] },
  { iso: "PK-GB", name: "Gilgit-Baltistan", country: "PAK", aliases: ["Northern Areas"] },
  { iso: "PK-IS", name: "Islamabad Capital Territory", country: "PAK", aliases: ["Islamabad", "F.C.T.", "ICT"] },
  { iso: "PK-JK", name: "Azad Jammu and Kashmir", country: "PAK", aliases: ["Azad Kashmir", "AJK"] },
  {
    iso: "PK-KP",
    name: "Khyber Pakhtunkhwa",
    country: "PAK",
    aliases: ["KP", "KPK", "K.P.", "N.W.F.P.", "North-West Frontier Province", "Federally Administered Tribal Areas", "FATA", "F.A.T.A."],
  },
  { iso: "PK-PB", name: "Punjab", country: "PAK", aliases: [] },
  { iso: "PK-SD", name: "Sindh", country: "PAK", aliases: ["Sind"] },
  { iso: "AF-BAL", name: "Balkh", country: "AFG", aliases: [] },
  { iso: "AF-BAM", name: "Bamyan", country: "AFG", aliases: ["Bamiyan"] },
  { iso: "AF-BDG", name: "Badghis", country: "AFG", aliases: [] },
  { iso: "AF-BDS", name: "Badakhshan", country: "AFG", aliases: [] },
  { iso: "AF-BGL", name: "Baghlan", country: "AFG", aliases: [] },
  { iso: "AF-DAY", name: "Daykundi", country: "AFG", aliases: ["Daikundi", "Dai Kundi"] },
  { iso: "AF-FRA", name: "Farah", country: "AFG", aliases: [] },
  { iso: "AF-FYB", name: "Faryab", country: "AFG", aliases: [] },
  { iso: "AF-GHA", name: "Ghazni", country: "AFG", aliases: [] },
  { iso: "AF-GHO", name: "Ghor", country: "AFG", aliases: [] },
  { iso: "AF-HEL", name: "Helmand", country: "AFG", aliases: [] },
  { iso: "AF-HER", name: "Herat", country: "AFG", aliases: [] },
  { iso: "AF-JOW", name: "Jowzjan", country: "AFG", aliases: ["Jawzjan"] },
  { iso: "AF-KAB", name: "Kabul", country: "AFG", aliases: [] },
  { iso: "AF-KAN", name: "Kandahar", country: "AFG", aliases: [] },
  { iso: "AF-KAP", name: "Kapisa", country: "AFG", aliases: [] },
  { iso: "AF-KDZ", name: "Kunduz", country: "AFG", aliases: ["Kondoz"] },
  { iso: "AF-KHO", name: "Khost", country: "AFG", aliases: ["Khowst"] },
  { iso: "AF-KNR", name: "Kunar", country: "AFG", aliases: ["Konar"] },
  { iso: "AF-LAG", name: "Laghman", country: "AFG", aliases: [] },
  { iso: "AF-LOG", name: "Logar", country: "AFG", aliases: [] },
  { iso: "AF-NAN", name: "Nangarhar", country: "AFG", aliases: [] },
  { iso: "AF-NIM", name: "Nimroz", country: "AFG", aliases: ["Nimruz"] },
  { iso: "AF-NUR", name: "Nuristan", country: "AFG", aliases: [] },
  { iso: "AF-PAN", name: "Panjshir", country: "AFG", aliases: ["Panjshayr"] },
  { iso: "AF-PAR", name: "Parwan", country: "AFG", aliases: [] },
  { iso: "AF-PIA", name: "Paktia", country: "AFG", aliases: ["Paktiya", "Paktya"] },
  { iso: "AF-PKA", name: "Paktika", country: "AFG", aliases: [] },
  { iso: "AF-SAM", name: "Samangan", country: "AFG", aliases: [] },
  { iso: "AF-SAR", name: "Sar-e Pul", country: "AFG", aliases: ["Sari Pul", "Sar-e-Pol"] },
  { iso: "AF-TAK", name: "Takhar", country: "AFG", aliases: [] },
  { iso: "AF-URU", name: "Uruzgan", country: "AFG", aliases: ["Oruzgan"] },
  { iso: "AF-WAR", name: "Wardak", country: "AFG", aliases: ["Maidan Wardak"] },
  { iso: "AF-ZAB", name: "Zabul", country: "AFG", aliases: [] },
];

const normalise = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+province$/, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

export function provinceByIso(iso: string): Province | undefined {
  return PROVINCES.find((p) => p.iso === iso.toUpperCase());
}

// Names normalised once: imports look up a province for every row.
const NORMALISED = PROVINCES.map((p) => ({ province: p, names: [p.name, ...p.aliases].map(normalise) }));

function searchProvince(nameOrIso: string, country?: CountryIso3): Province | undefined {
  const wanted = normalise(nameOrIso);
  const iso = nameOrIso.trim().toLowerCase();
  return NORMALISED.find(({ province: p, names }) => (!country || p.country === country) && (p.iso.toLowerCase() === iso || names.includes(wanted)))?.province;
}

// An import asks about the same few names on every row; the NFD normalising is what costs. Bounded,
// so a file of many distinct names cannot grow it without limit.
const FOUND = new Map<string, Province | null>();
const FOUND_LIMIT = 5_000;

/** Finds a province by its name, a former or alternative name, or its ISO code. */
export function findProvince(nameOrIso: string, country?: CountryIso3): Province | undefined {
  const key = `${country ?? ""}|${nameOrIso}`;
  const cached = FOUND.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const found = searchProvince(nameOrIso, country);
  if (FOUND.size >= FOUND_LIMIT) FOUND.clear();
  FOUND.set(key, found ?? null);
  return found;
}

const BY_COUNTRY = new Map<string, readonly Province[]>();
for (const p of PROVINCES) BY_COUNTRY.set(p.country, [...(BY_COUNTRY.get(p.country) ?? []), p]);

export function provincesOf(country: CountryIso3): Province[] {
  return [...(BY_COUNTRY.get(country) ?? [])];
}

/** Whether Atlas lists the provinces of a country (and so checks a province against them). */
export function hasProvinceList(country: string): boolean {
  return BY_COUNTRY.has(country);
}
