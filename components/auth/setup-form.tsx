"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/auth/form-state";
import { PASSWORD_LIMITS } from "@/lib/auth/schema";
import { setupAction } from "@/lib/auth/actions/setup-action";
import { FormMessage } from "./form-message";
import { PlainField } from "./plain-field";
import authStyles from "./auth.module.css";

export function SetupForm() {
  const [state, action] = useActionState(setupAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  return (
    <form action={action} className={`${authStyles.authForm} card`} noValidate>
      <FormMessage state={state} />
      <PlainField name="name" label="Your name" autoComplete="name" required defaultValue={values.name} errors={errors.name} />
      <PlainField name="email" label="E-mail" type="email" autoComplete="username" required defaultValue={values.email} errors={errors.email} />
      <PlainField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_LIMITS.min} characters.`}
        required
        errors={errors.password}
      />
      <SubmitButton pendingLabel="Creating…">Create administrator</SubmitButton>
    </form>
  );
}
