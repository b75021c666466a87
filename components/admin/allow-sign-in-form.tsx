"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/auth/form-state";
import { formatDateTime } from "@/lib/dates/format-date-time";
import { allowSignInAction } from "@/lib/auth/actions/admin-user-actions";
import styles from "./allow-sign-in-form.module.css";

type Props = { id: string; name: string; lockedUntil: string | null };

/**
 * While failed sign-ins hold an account, says until when and lets an admin allow its owner in at once
 * (docs/decisions/008-sign-in-limits.md). Stays mounted once allowed, to say so.
 */
export function AllowSignInForm({ id, name, lockedUntil }: Props) {
  const [state, action] = useActionState(allowSignInAction, IDLE);
  if (!lockedUntil) return <FormMessage state={state} />;
  return (
    <form action={action} className={styles.form}>
      <p className={styles.paused}>Sign-in paused until {formatDateTime(lockedUntil)} after failed attempts</p>
      <input type="hidden" name="userId" value={id} />
      <SubmitButton className="button secondary small" pendingLabel="Allowing…" aria-label={`Allow ${name} to sign in again`}>
        Allow sign-in
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
