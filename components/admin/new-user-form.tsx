"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/auth/form-message";
import { PlainField } from "@/components/auth/plain-field";
import { IDLE } from "@/lib/auth/form-state";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { createUserAction } from "@/app/admin/users/actions";

export function NewUserForm() {
  const [state, action] = useActionState(createUserAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  return (
    <form action={action} className="auth-form" noValidate>
      <FormMessage state={state} />
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
      <PlainField
        name="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        hint="Leave blank to generate one, shown to you once. The user can change it on their account page."
        errors={errors.password}
      />
      <SubmitButton pendingLabel="Creating…">Create user</SubmitButton>
    </form>
  );
}
