"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/auth/form-message";
import { PlainField } from "@/components/auth/plain-field";
import { IDLE } from "@/lib/auth/form-state";
import { createTokenAction } from "@/lib/auth/actions/account-actions";
import authStyles from "@/components/auth/auth.module.css";

/** Creates a personal API token; the token is shown once, in the message that follows. */
export function NewTokenForm() {
  const [state, action] = useActionState(createTokenAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  return (
    <form action={action} className={authStyles.authForm} noValidate>
      <FormMessage state={state} />
      <PlainField name="name" label="Token name" hint="What will use it, e.g. “nightly import”." defaultValue={values.name} errors={errors.name} />
      <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
    </form>
  );
}
