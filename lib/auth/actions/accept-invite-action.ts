"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth.server";
import { AcceptInviteSchema } from "@/lib/auth/schema";
import { formError, type AuthFormState } from "@/lib/auth/form-state";
import { acceptInviteWithPassword } from "@/lib/auth/invites.server";
import { INVITE_NOT_VALID } from "@/lib/auth/invite-token";
import { toFieldErrors } from "@/lib/validation/field-errors";

/**
 * Open to anyone holding the link: the token (a hidden field of the form) is the credential. Consumes
 * the invitation, writes the account with the chosen password and signs the new user in through better-auth.
 */
export async function acceptInviteAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const parsed = AcceptInviteSchema.safeParse({
    token: formData.get("token"),
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error);
    return fieldErrors.token ? formError(INVITE_NOT_VALID) : formError("Check the highlighted fields.", {}, fieldErrors);
  }
  const { token } = parsed.data;
  const result = await acceptInviteWithPassword(token, parsed.data.password);
  if (result.status === "not_valid") return formError(INVITE_NOT_VALID);
  if (result.status === "email_taken") return formError("An account with this e-mail already exists. Sign in instead.");
  try {
    await auth.api.signInEmail({ body: { email: result.email, password: parsed.data.password }, headers: await headers() });
  } catch (error) {
    // The account exists; only the automatic sign-in failed (e.g. the address hit the sign-in limit).
    if (!isAPIError(error)) throw error;
    redirect("/login?next=/");
  }
  redirect("/");
}
