import "server-only";
import type { Db } from "@/lib/create-db";
import { db } from "@/lib/db.server";
import { utcToIsoDate } from "@/lib/dates/iso-date";
import { cachedByVersion } from "@/lib/read-cache/cached-by-version.server";
import type { LinkedIncident } from "./linked-incident";
import { linksOfIncidents } from "./read-links";
import { candidateLabel, type LinkCandidate } from "./link-candidates";

/** One incident's links a reader may see (read-links.ts). */
export async function linkedIncidentsIn(client: Db, incidentId: number, unpublished: boolean): Promise<LinkedIncident[]> {
  return (await linksOfIncidents(client, [incidentId], unpublished)).get(incidentId) ?? [];
}

/** An incident's links for a reader who may (`unpublished`) or may not read unpublished records; kept until the data changes. */
export const getLinkedIncidents = cachedByVersion("incident-links", 500, (incidentId: number, unpublished: boolean) =>
  linkedIncidentsIn(db, incidentId, unpublished),
);

/** Which of these incidents a reader may see linked: live and, unless `unpublished`, published. */
export async function readableIncidentIds(ids: number[], unpublished: boolean): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.incident.findMany({
    where: { id: { in: ids }, deletedAt: null, ...(unpublished ? {} : { status: "published" }) },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

const CANDIDATE_DAYS = 90;
const CANDIDATE_LIMIT = 300;

/**
 * The records the link form suggests: live ones within three months of this incident, nearest first.
 * Links usually join events close in time (a strike days after an attack); any other record can
 * still be linked by its number.
 */
export async function linkCandidates(incidentId: number, eventDate: string): Promise<LinkCandidate[]> {
  const day = new Date(`${eventDate}T00:00:00Z`).getTime();
  const span = CANDIDATE_DAYS * 86_400_000;
  const rows = await db.incident.findMany({
    where: { id: { not: incidentId }, deletedAt: null, eventDate: { gte: new Date(day - span), lte: new Date(day + span) } },
    select: { id: true, title: true, eventDate: true },
    orderBy: [{ eventDate: "asc" }, { id: "asc" }],
    take: 2_000,
  });
  return rows
    .sort((a, b) => Math.abs(a.eventDate.getTime() - day) - Math.abs(b.eventDate.getTime() - day))
    .slice(0, CANDIDATE_LIMIT)
    .map((r) => ({ id: r.id, label: candidateLabel(r.id, r.title, utcToIsoDate(r.eventDate)) }));
}
