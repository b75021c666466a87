import "server-only";
import { toFieldErrors, type FieldErrors } from "@/lib/validation/field-errors";
import type { AuditSnapshot } from "@/lib/incidents/audit/snapshot";
import { IncidentInputSchema, type IncidentData } from "../schema";
import { createIncident, liveIncidentStatus, updateIncident } from "./mutations.server";
import { withStoredArchivedTexts } from "./stored-archived-texts.server";
import { findPossibleDuplicates } from "../duplicates/duplicates.server";
import { db } from "@/lib/db.server";
import { readAtlasSettings } from "@/lib/settings/atlas-settings";
import { editNeedsReview } from "../pending-edits/pending-edit";
import { proposeEdit } from "../pending-edits/pending-edits";
import type { PossibleDuplicate } from "../duplicates/find-duplicates";

export type SaveIncidentResult =
  | { status: "saved"; id: number }
  /** An edit of a published record, kept for review; the published record is unchanged (decision 024). */
  | { status: "proposed"; id: number }
  | { status: "invalid"; fieldErrors: FieldErrors }
  | { status: "duplicates"; duplicates: PossibleDuplicate[] }
  | { status: "not_found" }
  /** Someone saved a newer version than `expectedVersion`: nothing was written; `data` is what was submitted. */
  | { status: "conflict"; current: AuditSnapshot; data: IncidentData };

type Options = {
  /** The incident to replace; omitted to create one. */
  id?: number;
  /** Who saves (recorded in the history); null for the seed and server-side scripts. */
  userId: string | null;
  /** The version the edit started from; a newer saved version refuses the save (decision 005). */
  expectedVersion?: number;
  /** Stop before writing when a record of the same day and place exists (the form asks first). */
  checkDuplicates?: boolean;
};

/**
 * Validates with the one incident schema, then writes and records in one transaction: for the form and
 * the API. The status is not the caller's to set (decision 017): a new record is a draft, an edited one
 * keeps its status, and the review steps (lib/incidents/review/) move it on. An analyst's edit of a
 * published record waits for review beside it unless single-analyst publishing is on (decision 024).
 */
export async function saveIncident(input: unknown, { id, userId, expectedVersion, checkDuplicates = false }: Options): Promise<SaveIncidentResult> {
  const status = id === undefined ? "draft" : await liveIncidentStatus(id);
  if (status === null) return { status: "not_found" };
  const withStatus = input && typeof input === "object" && !Array.isArray(input) ? { ...input, status } : input;
  const parsed = IncidentInputSchema.safeParse(await withStoredArchivedTexts(withStatus));
  if (!parsed.success) return { status: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const data = parsed.data;
  if (checkDuplicates && data.latitude !== null && data.longitude !== null) {
    const duplicates = await findPossibleDuplicates({ eventDate: data.eventDate, latitude: data.latitude, longitude: data.longitude }, id);
    if (duplicates.length) return { status: "duplicates", duplicates };
  }
  if (id === undefined) return { status: "saved", id: await createIncident(data, { userId }) };
  if (userId !== null && editNeedsReview(status, { userId, ...(await readAtlasSettings(db)) })) {
    const proposed = await proposeEdit(db, id, data, { userId, expectedVersion });
    return proposed.status === "conflict" ? { status: "conflict", current: proposed.current, data } : proposed;
  }
  const result = await updateIncident(id, data, { userId, expectedVersion });
  if (result.status === "conflict") return { status: "conflict", current: result.current, data };
  return result.status === "saved" ? { status: "saved", id } : { status: "not_found" };
}
