import "server-only";
import { db } from "@/lib/db.server";
import { sourceRef } from "@/lib/sources/schema";
import type { IncidentRecord } from "../record/record";
import { readPendingEdit, type PendingEdit } from "./pending-edits";

/** The edit waiting for review beside a published record, for pages (decision 024). */
export const getPendingEdit = (incidentId: number): Promise<PendingEdit | null> => readPendingEdit(db, incidentId);

/** The sources the waiting edit adds to the published record, with their reports (decision 024). */
export async function sourcesAddedByPendingEdit(incident: IncidentRecord) {
  const pending = await getPendingEdit(incident.id);
  if (!pending) return [];
  const cited = new Set(incident.sources.map(sourceRef));
  return pending.data.sources
    .filter((s) => !cited.has(sourceRef({ url: s.url ?? null, datasetRecord: s.datasetRecord ?? null })))
    .map((s) => ({ outlet: s.outlet, report: { figures: s.report?.figures ?? {} } }));
}
