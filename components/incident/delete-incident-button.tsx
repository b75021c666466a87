"use client";

import { useRef, type FormEvent } from "react";
import { DeleteIncidentForm } from "./delete-incident-form";
import styles from "./delete-incident.module.css";

type Props = { id: number; title: string };

/**
 * Delete, after a confirmation in a modal dialog (the browser traps focus and Escape cancels).
 * Without JavaScript the button opens the confirmation page (/incidents/[id]/delete) instead.
 * Deleting moves the incident to the trash, from where it can be restored.
 */
export function DeleteIncidentButton({ id, title }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const openDialog = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    dialog.current?.showModal();
  };
  return (
    <>
      <form method="get" action={`/incidents/${id}/delete`} onSubmit={openDialog}>
        <button type="submit" className="button danger">
          Delete
        </button>
      </form>
      <dialog ref={dialog} className={styles.confirmDialog} aria-labelledby="delete-title" aria-describedby="delete-text">
        <h2 id="delete-title">Delete this incident?</h2>
        <p id="delete-text">“{title}” will move to the trash. It leaves the lists and the map, and can be restored from the trash.</p>
        <DeleteIncidentForm
          id={id}
          cancel={
            <button type="button" className="button secondary" autoFocus onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          }
        />
      </dialog>
    </>
  );
}
