import type { GazetteerPlace } from "@/lib/geo/gazetteer-place";

const place = (
  name: string,
  district: string | null,
  province: string,
  provinceIso: string,
  country: "PAK" | "AFG",
  lat: number,
  lng: number,
  extra: Partial<GazetteerPlace> = {},
): GazetteerPlace => ({
  id: name,
  name,
  asciiName: name,
  altNames: [],
  lat,
  lng,
  featureCode: "PPL",
  population: 1000,
  country,
  provinceIso,
  province,
  district,
  ...extra,
});

/** A small gazetteer for the place tests, so they do not depend on the bundled data. */
export const TEST_PLACES: readonly GazetteerPlace[] = [
  place("Mir Ali", "North Waziristan", "Khyber Pakhtunkhwa", "PK-KP", "PAK", 32.97, 70.27, { altNames: ["Mirali"] }),
  place("Miran Shah", "North Waziristan", "Khyber Pakhtunkhwa", "PK-KP", "PAK", 33.0, 70.07, { featureCode: "PPLA2" }),
  place("Sialkot", "Sialkot", "Punjab", "PK-PB", "PAK", 32.49, 74.52, { featureCode: "PPLA2", population: 477396 }),
  place("Peshawar", "Peshawar", "Khyber Pakhtunkhwa", "PK-KP", "PAK", 34.0, 71.57, { featureCode: "PPLA", population: 1218773 }),
  place("Karachi", null, "Sindh", "PK-SD", "PAK", 24.86, 67.0, { featureCode: "PPLA", population: 11624219 }),
  place("Kalat", "Kalat", "Balochistan", "PK-BA", "PAK", 29.02, 66.59, { featureCode: "PPLA2" }),
  place("Qalāt", "Qalat", "Zabul", "AF-ZAB", "AFG", 32.1, 66.9, { asciiName: "Qalat", altNames: ["Kalat"], featureCode: "PPLA" }),
  place("Musa Khel Bazar", "Musa Khel", "Balochistan", "PK-BA", "PAK", 30.86, 69.82, { featureCode: "PPLA2", altNames: ["Musakhel"] }),
  place("Nushki", "Nushki", "Balochistan", "PK-BA", "PAK", 29.55, 66.02, { featureCode: "PPLA2" }),
  place("Tank", "Tank", "Khyber Pakhtunkhwa", "PK-KP", "PAK", 32.22, 70.38, { featureCode: "PPLA2" }),
  place("Dera Ismail Khan", "Dera Ismail Khan", "Khyber Pakhtunkhwa", "PK-KP", "PAK", 31.83, 70.9, { featureCode: "PPLA2" }),
  place("Khar", "Bajaur", "Khyber Pakhtunkhwa", "PK-KP", "PAK", 34.73, 71.52),
];
