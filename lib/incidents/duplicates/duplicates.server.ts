import "server-only";
import { db } from "@/lib/db.server";
import { isoDateToUtc, utcToIsoDate } from "@/lib/dates/iso-date";
import { duplicateSearchWindow, findDuplicates, type DuplicateProbe, type PossibleDuplicate } from "./find-duplicates";

/**
 * Live incidents that may be the same event as `probe`: SQL narrows to the date window and a
 * bounding box (indexed on deletedAt, eventDate), the pure rule measures the real distance.
 */
export async function findPossibleDuplicates(probe: DuplicateProbe, excludeId?: number): Promise<PossibleDuplicate[]> {
  const w = duplicateSearchWindow(probe);
  const rows = await db.incident.findMany({
    where: {
      deletedAt: null,
      ...(excludeId ? { id: { not: excludeId } } : {}),
      eventDate: { gte: isoDateToUtc(w.from), lte: isoDateToUtc(w.to) },
      latitude: { gte: w.minLat, lte: w.maxLat },
      longitude: { gte: w.minLng, lte: w.maxLng },
    },
    select: { id: true, title: true, location: true, eventDate: true, latitude: true, longitude: true },
    take: 50,
  });
  const candidates = rows.map((r) => ({ ...r, eventDate: utcToIsoDate(r.eventDate), latitude: r.latitude!, longitude: r.longitude! }));
  return findDuplicates(probe, candidates).slice(0, 5);
}
