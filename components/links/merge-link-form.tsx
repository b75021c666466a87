"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/auth/form-message";
import { IDLE } from "@/lib/auth/form-state";
import { mergeLinkAction } from "@/lib/incidents/links/link-actions";
import type { LinkedIncident } from "@/lib/incidents/links/linked-incident";
import styles from "./linked-incidents.module.css";

type Props = { incidentId: number; link: LinkedIncident };

/** "Merge into this record" on a same-event link, confirmed by a second button (a disclosure: works without JavaScript). */
export function MergeLinkForm({ incidentId, link }: Props) {
  const [state, action] = useActionState(mergeLinkAction, IDLE);
  return (
    <details className={styles.remove}>
      <summary>
        Merge into this record<span className="visually-hidden">: #{link.incidentId}</span>
      </summary>
      <FormMessage state={state} />
      <form action={action}>
        <p>
          Merge #{link.incidentId} “{link.title}” into this record? Its sources (with their reports), actors and claims are added here, leaving out those this
          record already has; this record’s own values and coded figures stay as they are. #{link.incidentId} then moves to the trash, from where it can be
          restored. Both Histories record the merge.
        </p>
        <input type="hidden" name="incidentId" value={incidentId} />
        <input type="hidden" name="linkId" value={link.linkId} />
        <SubmitButton className="button" pendingLabel="Merging…">
          Yes, merge into this record
        </SubmitButton>
      </form>
    </details>
  );
}
