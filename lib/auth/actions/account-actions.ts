"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth.server";
import { authorizeAction } from "@/lib/auth/authorize.server";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens.server";
import { ChangePasswordSchema, TokenNameSchema, TokenRefSchema } from "@/lib/auth/schema";
import { formError, type AuthFormState } from "@/lib/auth/form-state";
import { toFieldErrors } from "@/lib/validation/field-errors";

/** Changes the password and signs out every other session (this one gets a fresh cookie). */
export async function changePasswordAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("account:manage");
  if (!allowed.ok) return formError(allowed.denial.message);
  const parsed = ChangePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return formError("Check the highlighted fields.", {}, toFieldErrors(parsed.error));
  const { currentPassword, newPassword } = parsed.data;
  try {
    await auth.api.changePassword({ body: { currentPassword, newPassword, revokeOtherSessions: true }, headers: await headers() });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    return formError("The current password is not right.", {}, { currentPassword: ["The current password is not right."] });
  }
  // A redirect, not a returned message: the new session cookie makes Next re-render the page, which
  // would drop the form's state and with it the message.
  redirect("/account?changed=password");
}

export async function createTokenAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = { name: String(formData.get("name") ?? "") };
  const allowed = await authorizeAction("token:manage");
  if (!allowed.ok) return formError(allowed.denial.message, values);
  const parsed = TokenNameSchema.safeParse(values);
  if (!parsed.success) return formError("Name the token.", values, toFieldErrors(parsed.error));
  const { token } = await createApiToken(allowed.user.id, parsed.data.name);
  revalidatePath("/account");
  return { status: "done", message: `Token “${parsed.data.name}” created. Copy it now: it will not be shown again.`, secret: token };
}

export async function revokeTokenAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("token:manage");
  if (!allowed.ok) return formError(allowed.denial.message);
  const parsed = TokenRefSchema.safeParse({ tokenId: formData.get("tokenId") });
  if (!parsed.success || !(await revokeApiToken(allowed.user.id, parsed.data.tokenId))) return formError("This token was already revoked.");
  revalidatePath("/account");
  return { status: "done", message: "Token revoked." };
}
