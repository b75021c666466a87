"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/auth/form-message";
import { IDLE, type AuthFormState } from "@/lib/auth/form-state";
import styles from "./history-list.module.css";

type Props = { version: number; action: () => Promise<AuthFormState> };

export function RestoreVersionButton({ version, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className={styles.restoreForm}>
      <SubmitButton className="button secondary small" pendingLabel="Restoring…">
        {`Restore version ${version}`}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
