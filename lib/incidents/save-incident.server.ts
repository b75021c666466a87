import "server-only";
import { toFieldErrors, type FieldErrors } from "@/lib/validation/field-errors";
import { IncidentInputSchema } from "./schema";
import { createIncident, updateIncident } from "./mutations.server";
import { findPossibleDuplicates } from "./duplicates.server";
import type { PossibleDuplicate } from "./find-duplicates";

export type SaveIncidentResult =
  | { status: "saved"; id: number }
  | { status: "invalid"; fieldErrors: FieldErrors }
  | { status: "duplicates"; duplicates: PossibleDuplicate[] }
  | { status: "not_found" };

type Options = {
  /** The incident to replace; omitted to create one. */
  id?: number;
  /** Stop before writing when a record of the same day and place exists (the form asks first). */
  checkDuplicates?: boolean;
};

/** Validates with the one incident schema, then writes in one transaction: for the form and the API. */
export async function saveIncident(input: unknown, { id, checkDuplicates = false }: Options = {}): Promise<SaveIncidentResult> {
  const parsed = IncidentInputSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const data = parsed.data;
  if (checkDuplicates && data.latitude !== null && data.longitude !== null) {
    const duplicates = await findPossibleDuplicates({ eventDate: data.eventDate, latitude: data.latitude, longitude: data.longitude }, id);
    if (duplicates.length) return { status: "duplicates", duplicates };
  }
  if (id === undefined) return { status: "saved", id: await createIncident(data) };
  return (await updateIncident(id, data)) ? { status: "saved", id } : { status: "not_found" };
}
