"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { IDLE } from "@/lib/auth/form-state";
import { PASSWORD_LIMITS } from "@/lib/auth/schema";
import { acceptInviteAction } from "@/lib/auth/actions/accept-invite-action";
import { FormMessage } from "./form-message";
import { PlainField } from "./plain-field";
import authStyles from "./auth.module.css";

/**
 * Choose a password for an invitation. Submitted by hand rather than through `action` alone, so React
 * does not clear the form when the server says "the two passwords differ": nothing typed is lost.
 * Without JavaScript the form still posts through its action.
 */
export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(acceptInviteAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form action={action} onSubmit={submit} className={`${authStyles.authForm} card`} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Lets a password manager save the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PlainField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_LIMITS.min} characters.`}
        required
        errors={errors.password}
      />
      <PlainField name="confirmPassword" label="Password again" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? "Creating your account…" : "Create my account"}
      </button>
    </form>
  );
}
