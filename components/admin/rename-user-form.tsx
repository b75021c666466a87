"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorId, fieldId } from "@/components/forms/field-id";
import { IDLE } from "@/lib/auth/form-state";
import { renameUserAction } from "@/lib/auth/actions/admin-user-actions";
import styles from "./rename-user-form.module.css";

/**
 * An admin sets a user's name, behind a disclosure so the table stays compact. Users cannot rename
 * themselves: what History shows of them is set here (recorded) or at sign-up.
 */
export function RenameUserForm({ id, name }: { id: string; name: string }) {
  const [state, action] = useActionState(renameUserAction, IDLE);
  const control = `name-${id}`;
  const errors = state.status === "error" ? state.fieldErrors.name : undefined;
  return (
    <>
      <details className={styles.rename} open={state.status === "error" || undefined}>
        <summary>
          Rename<span className="visually-hidden"> {name}</span>
        </summary>
        <form action={action} className={styles.form} noValidate>
          <input type="hidden" name="userId" value={id} />
          <label htmlFor={fieldId(control)}>New name</label>
          <input
            id={fieldId(control)}
            name="name"
            defaultValue={state.status === "error" ? state.values.name : name}
            key={state.status === "done" ? state.message : "edit"}
            required
            maxLength={120}
            aria-invalid={errors ? true : undefined}
            aria-describedby={errors ? errorId(control) : undefined}
          />
          <SubmitButton className="button secondary small" pendingLabel="Saving…">
            Save name
          </SubmitButton>
        </form>
        {errors ? (
          <p className="field-error" id={errorId(control)}>
            {errors.join(" ")}
          </p>
        ) : null}
      </details>
      {/* Outside the disclosure, so it shows whether that is open or not. */}
      <FormMessage state={state.status === "error" && errors ? IDLE : state} />
    </>
  );
}
