import { addDays, daysBetween } from "@/lib/dates/iso-date";

/**
 * Possible duplicates: another record of the same day (give or take one) within about 25 km is
 * likely the same attack entered twice. Pure, so the rule is tested without a database; the query
 * (duplicates.server.ts) pre-filters with `duplicateSearchWindow` and this decides.
 */
export const DUPLICATE_RADIUS_KM = 25;
export const DUPLICATE_DAYS = 1;

export type DuplicateProbe = { eventDate: string; latitude: number; longitude: number };
export type DuplicateCandidate = DuplicateProbe & { id: number; title: string; location: string | null };
export type PossibleDuplicate = Omit<DuplicateCandidate, "latitude" | "longitude"> & { distanceKm: number };

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LAT = (Math.PI * EARTH_RADIUS_KM) / 180;

/** Great-circle distance in km between two points given in degrees. */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The date range and a bounding box that contain every possible duplicate (a superset). */
export function duplicateSearchWindow(p: DuplicateProbe, radiusKm = DUPLICATE_RADIUS_KM) {
  const dLat = radiusKm / KM_PER_DEGREE_LAT;
  // Longitude degrees shrink with latitude; near the poles the box simply spans every longitude.
  const cos = Math.cos(((Math.abs(p.latitude) + dLat) * Math.PI) / 180);
  const dLng = cos > 0.01 ? radiusKm / (KM_PER_DEGREE_LAT * cos) : 180;
  return {
    from: addDays(p.eventDate, -DUPLICATE_DAYS),
    to: addDays(p.eventDate, DUPLICATE_DAYS),
    minLat: p.latitude - dLat,
    maxLat: p.latitude + dLat,
    minLng: p.longitude - dLng,
    maxLng: p.longitude + dLng,
  };
}

/** The candidates within ±1 day and the radius of the probe, nearest first. */
export function findDuplicates(probe: DuplicateProbe, candidates: readonly DuplicateCandidate[], radiusKm = DUPLICATE_RADIUS_KM): PossibleDuplicate[] {
  return candidates
    .filter((c) => Math.abs(daysBetween(probe.eventDate, c.eventDate)) <= DUPLICATE_DAYS)
    .map(({ latitude, longitude, ...rest }) => ({
      ...rest,
      distanceKm: haversineKm(probe.latitude, probe.longitude, latitude, longitude),
    }))
    .filter((d) => d.distanceKm <= radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm || a.id - b.id);
}
