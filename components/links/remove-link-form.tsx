"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/auth/form-message";
import { IDLE } from "@/lib/auth/form-state";
import { removeLinkAction } from "@/lib/incidents/links/link-actions";
import type { LinkedIncident } from "@/lib/incidents/links/linked-incident";
import { linkHeading } from "@/lib/taxonomy/link-relations";
import styles from "./linked-incidents.module.css";

type Props = { incidentId: number; link: LinkedIncident };

/** "Remove link", confirmed by a second button that opens beside it (a disclosure: works without JavaScript). */
export function RemoveLinkForm({ incidentId, link }: Props) {
  const [state, action] = useActionState(removeLinkAction, IDLE);
  return (
    <details className={styles.remove}>
      <summary>
        Remove link<span className="visually-hidden"> to #{link.incidentId}</span>
      </summary>
      <FormMessage state={state} />
      <form action={action}>
        <p>
          Remove the link to #{link.incidentId} “{link.title}” ({linkHeading(link.relation, link.direction).toLowerCase()})? It goes from both incidents and
          both Histories record it; neither incident changes otherwise.
        </p>
        <input type="hidden" name="incidentId" value={incidentId} />
        <input type="hidden" name="linkId" value={link.linkId} />
        <input type="hidden" name="otherId" value={link.incidentId} />
        <SubmitButton className="button danger" pendingLabel="Removing…">
          Yes, remove this link
        </SubmitButton>
      </form>
    </details>
  );
}
