"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { IDLE } from "@/lib/auth/form-state";
import { revokeTokenAction } from "@/lib/auth/actions/account-actions";

/** Revokes one API token; a refusal (signed out meanwhile, already revoked) shows beside the button. */
export function RevokeTokenButton({ id, name }: { id: number; name: string }) {
  const [state, action] = useActionState(revokeTokenAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="tokenId" value={id} />
      <button type="submit" className="button secondary small" aria-label={`Revoke ${name}`}>
        Revoke
      </button>
      <FormMessage state={state} />
    </form>
  );
}
