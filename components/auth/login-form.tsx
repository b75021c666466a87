"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/auth/form-state";
import { signInAction } from "@/lib/auth/actions/sign-in-actions";
import { FormMessage } from "./form-message";
import { PlainField } from "./plain-field";
import authStyles from "./auth.module.css";

export function LoginForm({ next }: { next: string }) {
  const [state, action] = useActionState(signInAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  return (
    <form action={action} className={`${authStyles.authForm} card`} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <PlainField name="email" label="E-mail" type="email" autoComplete="username" required defaultValue={values.email} errors={errors.email} />
      <PlainField name="password" label="Password" type="password" autoComplete="current-password" required errors={errors.password} />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
