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
