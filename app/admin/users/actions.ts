"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizeAction } from "@/lib/auth/authorize.server";
import { NewUserSchema } from "@/lib/auth/schema";
import { RoleSchema } from "@/lib/auth/roles";
import { generatePassword } from "@/lib/auth/generate-password";
import { formError, type AuthFormState } from "@/lib/auth/form-state";
import { createUser, setUserActive, setUserRole } from "@/lib/auth/users.server";
import { toFieldErrors } from "@/lib/validation/field-errors";

const UserIdSchema = z.string().min(1).max(64);

/** Creates a user with a role; a blank password is generated and shown to the admin once. */
export async function createUserAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("admin");
  if (!allowed.ok) return formError(allowed.denial.message);
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? ""), role: String(formData.get("role") ?? "") };
  const typed = String(formData.get("password") ?? "");
  const password = typed || generatePassword();
  const parsed = NewUserSchema.safeParse({ ...values, password });
  if (!parsed.success) return formError("Check the highlighted fields.", values, toFieldErrors(parsed.error));
  const result = await createUser(parsed.data);
  if ("error" in result) return formError("An account with this e-mail already exists.", values, { email: ["An account with this e-mail already exists."] });
  revalidatePath("/admin/users");
  const { name, email, role } = parsed.data;
  return typed
    ? { status: "done", message: `${name} (${email}) can now sign in as ${role}.` }
    : { status: "done", message: `${name} (${email}) can now sign in as ${role} with this password, shown once:`, secret: password };
}

export async function setRoleAction(userId: string, _prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("admin");
  if (!allowed.ok) return formError(allowed.denial.message);
  const role = RoleSchema.safeParse(formData.get("role"));
  if (!role.success) return formError("Choose viewer, analyst or admin.");
  const result = await setUserRole(UserIdSchema.parse(userId), role.data);
  if (result.status === "error") return formError(result.message);
  revalidatePath("/admin/users");
  return { status: "done", message: `Role changed to ${role.data}.` };
}

/** Deactivating signs the user out everywhere; their tokens stop working until reactivated. */
export async function setActiveAction(userId: string, active: boolean): Promise<AuthFormState> {
  const allowed = await authorizeAction("admin");
  if (!allowed.ok) return formError(allowed.denial.message);
  const result = await setUserActive(UserIdSchema.parse(userId), z.boolean().parse(active));
  if (result.status === "error") return formError(result.message);
  revalidatePath("/admin/users");
  return { status: "done", message: active ? "Reactivated." : "Deactivated and signed out everywhere." };
}
