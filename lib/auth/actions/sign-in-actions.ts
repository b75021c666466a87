"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth.server";
import { SignInSchema } from "@/lib/auth/schema";
import { WRONG_CREDENTIALS, formError, type AuthFormState } from "@/lib/auth/form-state";
import { safeRedirectPath } from "@/lib/auth/redirect-path";
import { toFieldErrors } from "@/lib/validation/field-errors";

/** Signs in through better-auth (rate-limited per account and address in lib/auth/auth.server.ts). */
export async function signInAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = SignInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return formError("Check the highlighted fields.", values, toFieldErrors(parsed.error));
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    // 429 (too many attempts) and 403 (deactivated, told only after the right password) say why.
    const known = error.statusCode === 429 || error.statusCode === 403;
    return formError(known ? error.message : WRONG_CREDENTIALS, values);
  }
  redirect(safeRedirectPath(formData.get("next")));
}

export async function signOutAction(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
}
