"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { IDLE } from "@/lib/auth/form-state";
import { restoreIncidentAction } from "@/lib/incidents/actions/incident-actions";

/** Restores one incident from the trash (then shows it); a refusal shows beside the button. */
export function RestoreIncidentButton({ id, title }: { id: number; title: string }) {
  const [state, action] = useActionState(restoreIncidentAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="incidentId" value={id} />
      <button type="submit" className="button secondary small">
        Restore<span className="visually-hidden"> {title}</span>
      </button>
      <FormMessage state={state} />
    </form>
  );
}
