import "server-only";
import { db } from "@/lib/db.server";
import { insertIncident, replaceIncident } from "./write-incident";
import type { IncidentData } from "./schema";

/** Creates an incident with its sources, actors and claims in one transaction; returns its id. */
export function createIncident(data: IncidentData): Promise<number> {
  return insertIncident(db, data);
}

/** Replaces a live incident's fields, sources, actors and claims; false when there is none. */
export function updateIncident(id: number, data: IncidentData): Promise<boolean> {
  return replaceIncident(db, id, data);
}

/** Moves a live incident to the trash; false when there is none. Nothing is erased. */
export async function trashIncident(id: number): Promise<boolean> {
  const { count } = await db.incident.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: new Date() } });
  return count > 0;
}

/** Brings an incident back from the trash; false when it is not there. */
export async function restoreIncident(id: number): Promise<boolean> {
  const { count } = await db.incident.updateMany({ where: { id, deletedAt: { not: null } }, data: { deletedAt: null } });
  return count > 0;
}
