"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db.server";
import { formValuesFromFormData, formVersion, incidentFromFormValues, type IncidentFormValues } from "@/lib/incidents/form/form-data";
import { CONFIRM_DUPLICATE_FIELD, type IncidentFormState } from "@/lib/incidents/form/form-state";
import { saveIncident, type SaveIncidentResult } from "@/lib/incidents/write/save-incident.server";
import { restoreIncident, deleteIncident } from "@/lib/incidents/write/mutations.server";
import { describeConflict, mergeWithCurrent } from "@/lib/incidents/conflicts/conflict-state.server";
import { CONFLICT_FIELDS, choicesFromFormData } from "@/lib/incidents/conflicts/conflict-form";
import { IncidentInputSchema, IncidentRefSchema } from "@/lib/incidents/schema";
import { snapshotIncident } from "@/lib/incidents/audit/snapshot";
import { authorizeAction } from "@/lib/auth/authorize.server";
import { formError as authFormError, type AuthFormState } from "@/lib/auth/form-state";
import { IdParamSchema } from "@/lib/validation/id-param";

function revalidateIncidentViews(id: number) {
  revalidatePath("/");
  revalidatePath("/incidents");
  revalidatePath("/incidents/trash");
  revalidatePath(`/incidents/${id}`);
  revalidatePath(`/incidents/${id}/history`);
}

const NOT_IN_ATLAS = "This incident is no longer in the atlas: it may already be in the trash.";
const NOT_IN_TRASH = "This incident is no longer in the trash: it may already have been restored.";

const formError = (message: string, values: IncidentFormValues): IncidentFormState => ({ status: "error", fieldErrors: { form: [message] }, values });

/** The form's answer to a save that did not go through; a saved one redirects to the incident. */
async function answer(result: SaveIncidentResult, values: IncidentFormValues, startedFrom: number | undefined): Promise<IncidentFormState> {
  switch (result.status) {
    case "invalid":
      return { status: "error", fieldErrors: result.fieldErrors, values };
    case "duplicates":
      return { status: "duplicates", duplicates: result.duplicates, values };
    case "not_found":
      return formError("This incident no longer exists: it may have been moved to the trash.", values);
    case "conflict":
      return { status: "conflict", ...(await describeConflict(result.current.id, startedFrom ?? result.current.version, result.current, result.data)), values };
  }
  revalidateIncidentViews(result.id);
  if (result.status === "proposed") revalidatePath("/review");
  redirect(result.status === "proposed" ? `/incidents/${result.id}?proposed=1` : `/incidents/${result.id}`);
}

export async function createIncidentAction(_prev: IncidentFormState, formData: FormData): Promise<IncidentFormState> {
  const values = formValuesFromFormData(formData);
  const allowed = await authorizeAction("incident:write");
  if (!allowed.ok) return formError(allowed.denial.message, values);
  const checkDuplicates = formData.get(CONFIRM_DUPLICATE_FIELD) !== "1";
  return answer(await saveIncident(incidentFromFormValues(values), { userId: allowed.user.id, checkDuplicates }), values, undefined);
}

/**
 * Saves the edit form against the version it was loaded with (a hidden field); a newer saved version
 * answers with the conflict view. The conflict view posts here too: its merge is saved against the
 * version it showed, so a save made meanwhile shows the conflict again (decision 005).
 */
export async function updateIncidentAction(id: number, prev: IncidentFormState, formData: FormData): Promise<IncidentFormState> {
  const values = formValuesFromFormData(formData);
  const parsedId = IdParamSchema.safeParse(id);
  if (!parsedId.success) return formError("This incident no longer exists: it may have been moved to the trash.", values);
  const incidentId = parsedId.data;
  if (formData.has(CONFLICT_FIELDS.mine)) return resolveConflict(incidentId, prev, formData);
  const allowed = await authorizeAction("incident:write");
  if (!allowed.ok) return formError(allowed.denial.message, values);
  const expectedVersion = formVersion(values);
  if (expectedVersion === null) return formError("The form does not say which version it edits. Reload the page and make the change again.", values);
  const checkDuplicates = formData.get(CONFIRM_DUPLICATE_FIELD) !== "1";
  const result = await saveIncident(incidentFromFormValues(values), { id: incidentId, userId: allowed.user.id, expectedVersion, checkDuplicates });
  return answer(result, values, expectedVersion);
}

function parseJson(value: FormDataEntryValue | null): unknown {
  try {
    return JSON.parse(String(value));
  } catch {
    return null;
  }
}

async function resolveConflict(id: number, prev: IncidentFormState, formData: FormData): Promise<IncidentFormState> {
  const values: IncidentFormValues = prev.status === "idle" ? formValuesFromFormData(new FormData()) : prev.values;
  const allowed = await authorizeAction("incident:write");
  if (!allowed.ok) return formError(allowed.denial.message, values);
  const mine = IncidentInputSchema.safeParse(parseJson(formData.get(CONFLICT_FIELDS.mine)));
  const shownVersion = IdParamSchema.safeParse(formData.get(CONFLICT_FIELDS.version));
  const baseVersion = IdParamSchema.safeParse(formData.get(CONFLICT_FIELDS.base));
  if (!mine.success || !shownVersion.success || !baseVersion.success)
    return formError("The merge could not be read. Reload the page and make the change again.", values);
  const current = await db.$transaction((tx) => snapshotIncident(tx, id));
  if (!current) return formError("This incident no longer exists: it may have been moved to the trash.", values);
  if (current.version !== shownVersion.data) {
    return { status: "conflict", ...(await describeConflict(id, baseVersion.data, current, mine.data)), values };
  }
  const merged = await mergeWithCurrent(id, baseVersion.data, current, mine.data, choicesFromFormData(formData));
  const result = await saveIncident(merged, { id, userId: allowed.user.id, expectedVersion: shownVersion.data });
  if (result.status === "conflict") return answer({ ...result, data: mine.data }, values, baseVersion.data);
  return answer(result, values, baseVersion.data);
}

/** Moves an incident to the trash, from where it can be restored. */
export async function deleteIncidentAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("incident:write");
  if (!allowed.ok) return authFormError(allowed.denial.message);
  const parsed = IncidentRefSchema.safeParse({ incidentId: formData.get("incidentId") });
  if (!parsed.success || !(await deleteIncident(parsed.data.incidentId, { userId: allowed.user.id }))) return authFormError(NOT_IN_ATLAS);
  revalidateIncidentViews(parsed.data.incidentId);
  redirect("/incidents/trash");
}

export async function restoreIncidentAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("incident:restore");
  if (!allowed.ok) return authFormError(allowed.denial.message);
  const parsed = IncidentRefSchema.safeParse({ incidentId: formData.get("incidentId") });
  if (!parsed.success || !(await restoreIncident(parsed.data.incidentId, { userId: allowed.user.id }))) return authFormError(NOT_IN_TRASH);
  revalidateIncidentViews(parsed.data.incidentId);
  redirect(`/incidents/${parsed.data.incidentId}`);
}
