import { compactPlaceName } from "../../lib/geo/normalise-place-name";

/** Latin letters without diacritics or the ayn/hamza marks GeoNames uses ("Qal‘ah" -> "Qalah"). */
export function asciiFold(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘ʼʻ]/g, "");
}

// GeoNames admin-2 names that analysts write differently beyond the suffix rule.
const DISTRICT_RENAMES: Readonly<Record<string, string>> = {
  "District of West Karachi": "Karachi West",
  "Rahimyar Khan": "Rahim Yar Khan",
  Shekhupura: "Sheikhupura",
};

/** "North Wazīristān District" -> "North Waziristan", "South Waziristan Agency" -> "South Waziristan". */
export function districtName(geonamesName: string): string {
  const plain = asciiFold(geonamesName)
    .trim()
    .replace(/ (District|Agency)$/, "");
  return DISTRICT_RENAMES[plain] ?? plain;
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{N} .,'’ʼ()-]+$/u;
const AIRPORT_CODE = /^[A-Z]{3,4}$/;

/**
 * The alternate names worth matching: Latin script only, and written as a name (GeoNames' machine
 * transliterations are lower case, airport codes are capitals), with no two folding to the same key.
 */
export function usefulAltNames(alternates: readonly string[], ownNames: readonly string[]): string[] {
  const seen = new Set(ownNames.map(compactPlaceName));
  const kept: string[] = [];
  for (const raw of alternates) {
    const alt = raw.trim();
    if (!LATIN_ONLY.test(alt) || AIRPORT_CODE.test(alt) || alt.includes(" - ")) continue;
    if (!/^\p{Lu}/u.test(alt)) continue;
    const key = compactPlaceName(alt);
    if (key.length < 2 || seen.has(key)) continue;
    seen.add(key);
    kept.push(alt);
  }
  return kept;
}
