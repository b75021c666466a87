import { z } from "zod";
import { RoleSchema } from "./roles";
import { textString } from "@/lib/validation/text";
import { IdParamSchema } from "@/lib/validation/id-param";

/** Shared by the forms, the actions, the CLI and the better-auth config. */
export const PASSWORD_LIMITS = { min: 10, max: 128 } as const;

export const EmailSchema = textString("The e-mail address", { error: "Enter an e-mail address" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter an e-mail address such as name@example.org" }).max(254));

export const PasswordSchema = textString("The password", { error: "Enter a password" })
  .min(PASSWORD_LIMITS.min, `Use at least ${PASSWORD_LIMITS.min} characters`)
  .max(PASSWORD_LIMITS.max, `Use at most ${PASSWORD_LIMITS.max} characters`);

/** A user's id, as better-auth makes them. */
export const UserIdSchema = textString("The user id").min(1).max(64);

export const NameSchema = textString("The name", { error: "Enter a name" }).trim().min(1, "Enter a name").max(120, "Use at most 120 characters");

export const SignInSchema = z.object({
  email: EmailSchema,
  // Any length: a wrong password gets the same answer as an unknown user, never "too short".
  password: textString("The password")
    .min(1, "Enter your password")
    .max(PASSWORD_LIMITS.max * 4),
});

export const NewUserSchema = z.object({ name: NameSchema, email: EmailSchema, password: PasswordSchema, role: RoleSchema });

export const SetupSchema = NewUserSchema.omit({ role: true });

export const ChangePasswordSchema = z
  .object({ currentPassword: textString("The password").min(1, "Enter your current password"), newPassword: PasswordSchema, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ" });

export const TokenNameSchema = z.object({ name: textString("The name").trim().min(1, "Name the token, e.g. “import script”").max(80) });

/** The user revokes one of their API tokens. */
export const TokenRefSchema = z.object({ tokenId: IdParamSchema });

/** An admin sets a user's name (names are not changed otherwise: lib/auth/account-admin/rename-user.ts). */
export const RenameUserSchema = z.object({ userId: UserIdSchema, name: NameSchema });

/** An admin lets a user sign in again past the sign-in limits. */
export const UserRefSchema = z.object({ userId: UserIdSchema });

/*
 * The forms below carry the record they act on in a hidden field rather than binding it to the action
 * with `.bind()` in a client component: a bound action made during rendering is a new reference each
 * render, and React's server render of `useActionState` after a no-JavaScript post suspended on it
 * forever, stalling the server (issue #19).
 */

/** An admin changes a user's role. */
export const SetRoleSchema = z.object({ userId: UserIdSchema, role: RoleSchema });

/** An admin deactivates (`active=false`) or reactivates (`active=true`) a user. */
export const SetActiveSchema = z.object({ userId: UserIdSchema, active: z.stringbool() });

/** An admin revokes an open invitation. */
export const InviteRefSchema = z.object({ inviteId: IdParamSchema });

/** An admin's invitation: who, and with which role. The invitee chooses the password. */
export const InviteSchema = NewUserSchema.omit({ password: true });

/** The invitee's form: the token from the link (the credential, checked against the store) and the password twice. */
export const AcceptInviteSchema = z
  .object({ token: z.string().max(128), password: PasswordSchema, confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ" });
