"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { env } from "@/lib/env.server";
import { authorizeAction } from "@/lib/auth/authorize.server";
import { InviteRefSchema, InviteSchema, RenameUserSchema, SetActiveSchema, SetRoleSchema, UserRefSchema } from "@/lib/auth/schema";
import { formError, type AuthFormState, type InviteFormState } from "@/lib/auth/form-state";
import { inviteUser, revokeInviteById } from "@/lib/auth/invites.server";
import { invitePath, siteOrigin } from "@/lib/auth/invite-link";
import { allowSignInAgain, renameUserAsAdmin, setUserActive, setUserRole } from "@/lib/auth/users.server";
import { toFieldErrors } from "@/lib/validation/field-errors";

/**
 * Invites someone by name, e-mail and role: returns a one-time link (shown to the admin once) with
 * which they choose their own password. Accounts with a set password come from `npm run user:create`.
 */
export async function inviteUserAction(_prev: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const allowed = await authorizeAction("user:manage");
  if (!allowed.ok) return formError(allowed.denial.message);
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? ""), role: String(formData.get("role") ?? "") };
  const parsed = InviteSchema.safeParse(values);
  if (!parsed.success) return formError("Check the highlighted fields.", values, toFieldErrors(parsed.error));
  const result = await inviteUser(parsed.data, allowed.user.id);
  if ("error" in result) return formError("An account with this e-mail already exists.", values, { email: ["An account with this e-mail already exists."] });
  revalidatePath("/admin/users");
  const { name, email, role } = parsed.data;
  return {
    status: "invited",
    message: `${name} (${email}) is invited as ${role}. Send them this link: it works once, and is shown only now.`,
    link: siteOrigin(env.BETTER_AUTH_URL, await headers()) + invitePath(result.token),
    expiresAt: result.expiresAt.toISOString(),
  };
}

/** Revokes a pending (or expired) invitation: its link stops working and it leaves the list. */
export async function revokeInviteAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("user:manage");
  if (!allowed.ok) return formError(allowed.denial.message);
  const parsed = InviteRefSchema.safeParse({ inviteId: formData.get("inviteId") });
  if (!parsed.success || !(await revokeInviteById(parsed.data.inviteId))) return formError("This invitation was already accepted or revoked.");
  revalidatePath("/admin/users");
  return { status: "done", message: "Invitation revoked." };
}

export async function setRoleAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("user:manage");
  if (!allowed.ok) return formError(allowed.denial.message);
  const parsed = SetRoleSchema.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!parsed.success) return formError(toFieldErrors(parsed.error).role ? "Choose viewer, analyst or admin." : "No such user.");
  const { userId, role } = parsed.data;
  const result = await setUserRole(userId, role);
  if (result.status === "error") return formError(result.message);
  revalidatePath("/admin/users");
  return { status: "done", message: `Role changed to ${role}.` };
}

/** Deactivating signs the user out everywhere; their tokens stop working until reactivated. */
export async function setActiveAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("user:manage");
  if (!allowed.ok) return formError(allowed.denial.message);
  const parsed = SetActiveSchema.safeParse({ userId: formData.get("userId"), active: formData.get("active") });
  if (!parsed.success) return formError("No such user.");
  const { userId, active } = parsed.data;
  const result = await setUserActive(userId, active);
  if (result.status === "error") return formError(result.message);
  revalidatePath("/admin/users");
  return { status: "done", message: active ? "Reactivated." : "Deactivated and signed out everywhere." };
}

/** Sets a user's name; recorded, and History keeps the names changes were made under. */
export async function renameUserAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("user:manage");
  if (!allowed.ok) return formError(allowed.denial.message);
  const values = { userId: String(formData.get("userId") ?? ""), name: String(formData.get("name") ?? "") };
  const parsed = RenameUserSchema.safeParse(values);
  if (!parsed.success) return formError("Check the name.", values, toFieldErrors(parsed.error));
  const result = await renameUserAsAdmin(parsed.data.userId, parsed.data.name, allowed.user);
  if (result.status === "error") return formError(result.message, values);
  revalidatePath("/admin/users");
  return { status: "done", message: result.message };
}

/** Forgets the failed sign-ins counted against a user's account, so they can sign in at once. */
export async function allowSignInAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("user:manage");
  if (!allowed.ok) return formError(allowed.denial.message);
  const parsed = UserRefSchema.safeParse({ userId: formData.get("userId") });
  if (!parsed.success) return formError("No such user.");
  const result = await allowSignInAgain(parsed.data.userId, allowed.user);
  if (result.status === "error") return formError(result.message);
  revalidatePath("/admin/users");
  return { status: "done", message: result.message };
}
