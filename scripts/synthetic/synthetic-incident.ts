import type { IncidentInput } from "@/lib/incidents/schema";
import { EVENT_TYPES, type EventType } from "@/lib/taxonomy/event-types";
import { provinceByIso } from "@/lib/taxonomy/provinces";
import { ADMIN1 } from "@/lib/geo/admin1";
import { loadPlaces } from "@/lib/geo/gazetteer-data";
import { pointInPolygon } from "@/lib/geo/point-in-polygon";
import type { GazetteerPlace } from "@/lib/geo/gazetteer-place";
import { DAY_MS, utcToIsoDate } from "@/lib/dates/iso-date";
import type { Random } from "./random";

/**
 * One synthetic incident, for benchmarks only: titles start with "Synthetic", sources live on
 * synthetic.example.org, and externalId is "synthetic-<n>", so these rows can never pass for real
 * reporting. Shaped like the real data: most incidents in Khyber Pakhtunkhwa and Balochistan,
 * clustered around towns, a few at district or province precision.
 */
const PROVINCE_WEIGHTS: readonly (readonly [string, number])[] = [
  ["PK-KP", 40],
  ["PK-BA", 22],
  ["PK-PB", 5],
  ["PK-SD", 5],
  ["PK-IS", 1],
  ["PK-GB", 1],
  ["PK-JK", 1],
  ["AF-KHO", 3],
  ["AF-PKA", 3],
  ["AF-NAN", 4],
  ["AF-KNR", 3],
  ["AF-KAB", 4],
  ["AF-KAN", 3],
  ["AF-HEL", 3],
  ["AF-PIA", 2],
  ["AF-BAL", 2],
  ["AF-KDZ", 2],
  ["AF-HER", 2],
  ["AF-GHA", 2],
  ["AF-ZAB", 1],
  ["AF-BDS", 1],
];
const TYPE_WEIGHTS: readonly (readonly [EventType, number])[] = [
  ["Explosions/Remote violence", 35],
  ["Battles", 35],
  ["Violence against civilians", 18],
  ["Strategic developments", 6],
  ["Riots", 3],
  ["Protests", 3],
];
const FROM = Date.UTC(2015, 0, 1);
const TO = Date.UTC(2025, 10, 30);

type ProvinceGeo = { iso: string; places: GazetteerPlace[]; geometry: (typeof ADMIN1.features)[number]["geometry"] };
let geo: Map<string, ProvinceGeo> | undefined;
function provinceGeo(iso: string): ProvinceGeo {
  geo ??= new Map(
    ADMIN1.features.map((f) => [
      f.properties.iso,
      { iso: f.properties.iso, geometry: f.geometry, places: loadPlaces().filter((p) => p.provinceIso === f.properties.iso) },
    ]),
  );
  return geo.get(iso)!;
}

export function syntheticIncident(n: number, r: Random): IncidentInput {
  const iso = r.weighted(PROVINCE_WEIGHTS);
  const province = provinceByIso(iso)!;
  const { places, geometry } = provinceGeo(iso);
  const place = r.pick(places);
  const geoPrecision = r.weighted([
    ["town", 70],
    ["exact", 10],
    ["district", 12],
    ["province", 8],
  ] as const);
  let [lat, lng] = [place.lat, place.lng];
  if (geoPrecision === "exact" || geoPrecision === "town") {
    const jLat = lat + (r.next() - 0.5) * 0.16;
    const jLng = lng + (r.next() - 0.5) * 0.16;
    if (pointInPolygon(jLng, jLat, geometry)) [lat, lng] = [jLat, jLng];
  } else if (geoPrecision === "province") {
    [lat, lng] = [places[0]!.lat, places[0]!.lng];
  }
  const eventType = r.weighted(TYPE_WEIGHTS);
  const subEventType = r.pick(EVENT_TYPES[eventType].subTypes);
  const day = utcToIsoDate(new Date(FROM + Math.floor(r.next() * ((TO - FROM) / DAY_MS)) * DAY_MS));
  const lethal = eventType !== "Protests" && eventType !== "Strategic developments";
  const killedTotal = r.next() < 0.08 ? null : lethal ? Math.floor(Math.pow(r.next(), 3) * 40) : 0;
  const injuredTotal = r.next() < 0.2 ? null : lethal ? Math.floor(Math.pow(r.next(), 2) * 30) : 0;
  const where = place.district ?? province.name;
  return {
    title: `Synthetic ${n}: ${subEventType.toLowerCase()} near ${place.asciiName}`,
    summary: `Synthetic benchmark incident ${n} in ${where}, ${province.name}.`,
    status: r.next() < 0.05 ? "draft" : "published",
    eventDate: day,
    datePrecision: r.weighted([
      ["day", 90],
      ["week", 5],
      ["month", 5],
    ] as const),
    countryIso3: province.country,
    province: province.name,
    district: place.district,
    location: geoPrecision === "district" || geoPrecision === "province" ? null : place.asciiName,
    latitude: Math.round(lat * 1e5) / 1e5,
    longitude: Math.round(lng * 1e5) / 1e5,
    geoPrecision,
    eventType,
    subEventType,
    killed: { total: killedTotal, securityForces: null, civilians: null, militants: null, unknown: null, low: null, high: null },
    injured: { total: injuredTotal, securityForces: null, civilians: null, militants: null, unknown: null },
    sources: Array.from({ length: 1 + (n % 3) }, (_, k) => ({
      url: `https://synthetic.example.org/${n}/${k}`,
      outlet: r.pick(["Synthetic Daily", "Example Wire", "Test Tribune"]),
      headline: `Synthetic report ${k + 1} on incident ${n} in ${place.asciiName}`,
      publishedAt: day,
      language: "en",
    })),
    actors: [],
    claims: [],
  };
}
