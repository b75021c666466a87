"use client";

import { useActionState, type ReactNode } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/auth/form-message";
import { IDLE } from "@/lib/auth/form-state";
import { deleteIncidentAction } from "@/lib/incidents/actions/incident-actions";
import styles from "./delete-incident.module.css";

type Props = { id: number; cancel: ReactNode; className?: string };

/**
 * "Move to trash" for one incident: the dialog's form with JavaScript, the confirmation page's without.
 * A refusal (role, session, already in the trash) is shown above the button in either place.
 */
export function DeleteIncidentForm({ id, cancel, className }: Props) {
  const [state, action] = useActionState(deleteIncidentAction, IDLE);
  return (
    <>
      <FormMessage state={state} />
      <form action={action} className={className ?? styles.dialogActions}>
        <input type="hidden" name="incidentId" value={id} />
        <SubmitButton className="button danger" pendingLabel="Deleting…">
          Move to trash
        </SubmitButton>
        {cancel}
      </form>
    </>
  );
}
