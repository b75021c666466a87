import { findProvince, hasProvinceList, type Province } from "@/lib/taxonomy/provinces";
import { provinceFromPoint } from "@/lib/geo/province-from-point";
import type { Country } from "@/lib/taxonomy/countries";

export type Admin1Result = { ok: true; province: string | null; note: string | null } | { ok: false; message: string };

const fromPoint = (country: Country, lat: number | null, lng: number | null): Province | null => {
  if (lat === null || lng === null) return null;
  const p = provinceFromPoint(lat, lng);
  return p && p.country === country.iso3 ? p : null;
};

/**
 * The province for an ACLED admin1. Former names map to today's province (Federally Administered
 * Tribal Areas -> Khyber Pakhtunkhwa; the district in admin2 is kept). An admin1 Atlas does not know
 * is placed by the coordinates when they fall inside the country.
 */
export function resolveAdmin1(admin1: string, country: Country, lat: number | null, lng: number | null): Admin1Result {
  const name = admin1.trim();
  if (!hasProvinceList(country.iso3)) return { ok: true, province: name || null, note: null };
  if (name) {
    const known = findProvince(name, country.iso3);
    if (known) {
      const renamed = known.name.toLowerCase() !== name.toLowerCase() && known.iso.toLowerCase() !== name.toLowerCase();
      return { ok: true, province: known.name, note: renamed ? `admin1 "${name}" recorded as ${known.name}` : null };
    }
  }
  const located = fromPoint(country, lat, lng);
  if (located) {
    return { ok: true, province: located.name, note: name ? `admin1 "${name}" is unknown; placed in ${located.name} by its coordinates` : null };
  }
  if (!name) return { ok: true, province: null, note: null };
  return { ok: false, message: `admin1 "${name}" is not a province of ${country.name}, and the coordinates do not place it in one` };
}
