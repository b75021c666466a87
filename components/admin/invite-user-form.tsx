"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/auth/form-message";
import { PlainField } from "@/components/auth/plain-field";
import { IDLE, type InviteFormState } from "@/lib/auth/form-state";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { inviteUserAction } from "@/lib/auth/actions/admin-user-actions";
import { InviteLink } from "./invite-link";
import authStyles from "@/components/auth/auth.module.css";

const START: InviteFormState = IDLE;

/** Name, e-mail and role in; a one-time invitation link out, with which the person chooses their password. */
export function InviteUserForm() {
  const [state, action] = useActionState(inviteUserAction, START);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  return (
    <form action={action} className={authStyles.authForm} noValidate>
      {state.status === "invited" ? <InviteLink message={state.message} link={state.link} expiresAt={state.expiresAt} /> : <FormMessage state={state} />}
      <PlainField name="name" label="Name" required defaultValue={values.name} errors={errors.name} />
      <PlainField name="email" label="E-mail" type="email" required defaultValue={values.email} errors={errors.email} />
      <Field name="role" label="Role" errors={errors.role}>
        {(control) => (
          <select {...control} defaultValue={values.role || "analyst"} key={values.role}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton pendingLabel="Creating the link…">Create invitation link</SubmitButton>
    </form>
  );
}
