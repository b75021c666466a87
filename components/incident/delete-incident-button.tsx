"use client";

import { useRef } from "react";
import { SubmitButton } from "@/components/forms/submit-button";

type Props = { title: string; action: () => Promise<void> };

/**
 * Delete, after a confirmation in a modal dialog (the browser traps focus and Escape cancels).
 * Deleting moves the incident to the trash, from where it can be restored.
 */
export function DeleteIncidentButton({ title, action }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
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
          <SubmitButton className="button danger" pendingLabel="Deleting…">
            Move to trash
          </SubmitButton>
          <button type="button" className="button secondary" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </form>
      </dialog>
    </>
  );
}
