"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeAction } from "@/lib/auth/authorize.server";
import { formError, type AuthFormState } from "@/lib/auth/form-state";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { LinkInputSchema, LinkRefSchema } from "./link-schema";
import { db } from "@/lib/db.server";
import { addLink, removeLink } from "./link-writes";
import { mergeSameEvent } from "./merge-records";
import { mergedParams } from "./merged-notice";

const LINK_FIELDS = ["incidentId", "choice", "other", "note"] as const;

function revalidateLinked(...ids: number[]) {
  for (const id of ids) {
    revalidatePath(`/incidents/${id}`);
    revalidatePath(`/incidents/${id}/history`);
  }
}

/** "Link to another incident" on an incident's page (analysts and admins; decision 021). */
export async function addLinkAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = Object.fromEntries(LINK_FIELDS.map((f) => [f, String(formData.get(f) ?? "")]));
  const allowed = await authorizeAction("incident:write");
  if (!allowed.ok) return formError(allowed.denial.message, values);
  const parsed = LinkInputSchema.safeParse(values);
  if (!parsed.success) return formError("The link was not made: see the message by the field.", values, toFieldErrors(parsed.error));
  const result = await addLink(db, parsed.data, allowed.user.id);
  if (result.status === "invalid") {
    const { form, ...fieldErrors } = result.fieldErrors;
    return formError(form?.join(" ") ?? "The link was not made: see the message by the field.", values, fieldErrors);
  }
  revalidateLinked(parsed.data.incidentId, parsed.data.otherId);
  return { status: "done", message: `Linked to incident #${parsed.data.otherId}.` };
}

/** Removes a link, after the confirmation beside it. */
export async function removeLinkAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("incident:write");
  if (!allowed.ok) return formError(allowed.denial.message);
  const parsed = LinkRefSchema.safeParse({ incidentId: formData.get("incidentId"), linkId: formData.get("linkId") });
  if (!parsed.success) return formError("This link is no longer there: it may already have been removed.");
  const otherId = Number(formData.get("otherId"));
  const result = await removeLink(db, parsed.data.incidentId, parsed.data.linkId, allowed.user.id);
  if (result.status === "invalid") return formError(Object.values(result.fieldErrors).flat().join(" "));
  revalidateLinked(parsed.data.incidentId, ...(Number.isSafeInteger(otherId) ? [otherId] : []));
  return { status: "done", message: "The link was removed." };
}

/**
 * "Merge into this record" on a same-event link: the other record's sources, actors and claims come
 * here, and it goes to the trash. Answers with this record's page, which says what was merged (the
 * link and its form are gone from it by then).
 */
export async function mergeLinkAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("incident:write");
  if (!allowed.ok) return formError(allowed.denial.message);
  const parsed = LinkRefSchema.safeParse({ incidentId: formData.get("incidentId"), linkId: formData.get("linkId") });
  if (!parsed.success) return formError("This link is no longer there: it may already have been removed.");
  const result = await mergeSameEvent(db, parsed.data.incidentId, parsed.data.linkId, allowed.user.id);
  if (result.status === "invalid") return formError(result.message);
  revalidatePath("/");
  revalidatePath("/incidents");
  revalidatePath("/incidents/trash");
  revalidateLinked(parsed.data.incidentId, result.otherId);
  const { sources, actors, claims } = result.added;
  redirect(`/incidents/${parsed.data.incidentId}?${mergedParams(result.otherId, sources, actors, claims)}`);
}
