import type { FieldErrors } from "@/lib/validation/field-errors";

/**
 * What the account, sign-in, setup and user forms get back from their actions: problems to show
 * (with what was typed, passwords excepted, so nothing is lost), or a message, and for a new API
 * token or a generated password the secret to show once.
 */
export type AuthFormState =
  | { status: "idle" }
  | { status: "error"; message?: string; fieldErrors: FieldErrors; values: Record<string, string> }
  | { status: "done"; message: string; secret?: string };

export const IDLE: AuthFormState = { status: "idle" };

/** The invite form's result: on success, the one-time link (shown once) and when it expires (ISO). */
export type InviteFormState = AuthFormState | { status: "invited"; message: string; link: string; expiresAt: string };

export function formError(message: string, values: Record<string, string> = {}, fieldErrors: FieldErrors = {}): AuthFormState {
  return { status: "error", message, fieldErrors, values };
}

/** One answer for an unknown e-mail and a wrong password, so sign-in does not reveal who has an account. */
export const WRONG_CREDENTIALS = "The e-mail address or password is not right.";
