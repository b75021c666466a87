"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { IDLE } from "@/lib/auth/form-state";
import { revokeInviteAction } from "@/lib/auth/actions/admin-user-actions";
import styles from "./user-row-actions.module.css";

/** Revoke one open invitation: its link stops working and the row goes. */
export function InviteRowActions({ id, name }: { id: number; name: string }) {
  const [state, action] = useActionState(revokeInviteAction, IDLE);
  return (
    <div className={styles.userRowActions}>
      <form action={action}>
        <input type="hidden" name="inviteId" value={id} />
        <button type="submit" className="button secondary small" aria-label={`Revoke the invitation for ${name}`}>
          Revoke
        </button>
      </form>
      <FormMessage state={state} />
    </div>
  );
}
