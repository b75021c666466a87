"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/auth/form-message";
import { PlainField } from "@/components/auth/plain-field";
import { IDLE } from "@/lib/auth/form-state";
import { PASSWORD_LIMITS } from "@/lib/auth/schema";
import { changePasswordAction } from "@/lib/auth/actions/account-actions";
import authStyles from "@/components/auth/auth.module.css";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={action} className={authStyles.authForm} noValidate aria-labelledby="password-heading">
      <FormMessage state={state} />
      <PlainField name="currentPassword" label="Current password" type="password" autoComplete="current-password" errors={errors.currentPassword} />
      <PlainField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_LIMITS.min} characters.`}
        errors={errors.newPassword}
      />
      <PlainField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" errors={errors.confirmPassword} />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
