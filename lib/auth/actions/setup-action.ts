"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth.server";
import { SetupSchema } from "@/lib/auth/schema";
import { formError, type AuthFormState } from "@/lib/auth/form-state";
import { createFirstAdmin } from "@/lib/auth/users.server";
import { toFieldErrors } from "@/lib/validation/field-errors";

/** Creates the first admin and signs them in. Refused once any user exists (checked in the same transaction). */
export async function setupAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") };
  const parsed = SetupSchema.safeParse({ name: formData.get("name"), email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return formError("Check the highlighted fields.", values, toFieldErrors(parsed.error));
  const created = await createFirstAdmin(parsed.data);
  if (!created) return formError("This Atlas already has an administrator. Sign in instead.", values);
  await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  redirect("/admin/users");
}
