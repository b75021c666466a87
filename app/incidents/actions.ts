"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValuesFromFormData, incidentFromFormValues } from "@/lib/incidents/form-data";
import { CONFIRM_DUPLICATE_FIELD, type IncidentFormState } from "@/lib/incidents/form-state";
import { saveIncident } from "@/lib/incidents/save-incident.server";
import { restoreIncident, trashIncident } from "@/lib/incidents/mutations.server";
import { IdParamSchema } from "@/lib/api/id-param";

function revalidateIncidentViews(id: number) {
  revalidatePath("/");
  revalidatePath("/incidents");
  revalidatePath("/incidents/trash");
  revalidatePath(`/incidents/${id}`);
}

async function save(id: number | undefined, formData: FormData): Promise<IncidentFormState> {
  const values = formValuesFromFormData(formData);
  // The version travels with the form; a later issue compares it to detect concurrent edits.
  const checkDuplicates = formData.get(CONFIRM_DUPLICATE_FIELD) !== "1";
  const result = await saveIncident(incidentFromFormValues(values), { id, checkDuplicates });
  switch (result.status) {
    case "invalid":
      return { status: "error", fieldErrors: result.fieldErrors, values };
    case "duplicates":
      return { status: "duplicates", duplicates: result.duplicates, values };
    case "not_found":
      return { status: "error", fieldErrors: { form: ["This incident no longer exists: it may have been moved to the trash."] }, values };
  }
  revalidateIncidentViews(result.id);
  redirect(`/incidents/${result.id}`);
}

export async function createIncidentAction(_prev: IncidentFormState, formData: FormData): Promise<IncidentFormState> {
  return save(undefined, formData);
}

export async function updateIncidentAction(id: number, _prev: IncidentFormState, formData: FormData): Promise<IncidentFormState> {
  return save(IdParamSchema.parse(id), formData);
}

/** Moves an incident to the trash, from where it can be restored. */
export async function trashIncidentAction(id: number): Promise<void> {
  const incidentId = IdParamSchema.parse(id);
  await trashIncident(incidentId);
  revalidateIncidentViews(incidentId);
  redirect("/incidents/trash");
}

export async function restoreIncidentAction(id: number): Promise<void> {
  const incidentId = IdParamSchema.parse(id);
  await restoreIncident(incidentId);
  revalidateIncidentViews(incidentId);
  redirect(`/incidents/${incidentId}`);
}
