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
 * Open to anyone holding the link: the token is the credential. Consumes the invitation, writes the
 * account with the chosen password and signs the new user in through better-auth.
 */
export async function acceptInviteAction(token: string, _prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const parsed = AcceptInviteSchema.safeParse({ password: formData.get("password"), confirmPassword: formData.get("confirmPassword") });
  if (!parsed.success) return formError("Check the highlighted fields.", {}, toFieldErrors(parsed.error));
  const result = await acceptInviteWithPassword(String(token), parsed.data.password);
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
