"use server";

import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize.server";
import { formError, type AuthFormState } from "@/lib/auth/form-state";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { LinkInputSchema, LinkRefSchema } from "./link-schema";
import { db } from "@/lib/db.server";
import { addLink, removeLink } from "./link-writes";

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
