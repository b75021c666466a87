"use client";

import { useActionState, useEffect, useRef } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/auth/form-message";
import { IDLE } from "@/lib/auth/form-state";
import { trashIncidentAction } from "@/app/incidents/actions";

type Props = { id: number; title: string };

/**
 * Delete, after a confirmation in a modal dialog (the browser traps focus and Escape cancels).
 * Deleting moves the incident to the trash, from where it can be restored.
 */
export function DeleteIncidentButton({ id, title }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action] = useActionState(trashIncidentAction, IDLE);
  // A refusal is shown on the page, where it is seen with or without JavaScript: close the dialog for it.
  useEffect(() => {
    if (state.status === "error") dialog.current?.close();
  }, [state]);
  return (
    <>
      <button type="button" className="button danger" onClick={() => dialog.current?.showModal()}>
        Delete
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby="delete-title" aria-describedby="delete-text">
        <h2 id="delete-title">Delete this incident?</h2>
        <p id="delete-text">
          “{title}” will move to the trash. It leaves the lists and the map, and can be restored from the trash.
        </p>
        <form action={action} className="dialog-actions">
          <input type="hidden" name="incidentId" value={id} />
          <SubmitButton className="button danger" pendingLabel="Deleting…">
            Move to trash
          </SubmitButton>
          <button type="button" className="button secondary" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </form>
      </dialog>
      <FormMessage state={state} />
    </>
  );
}
