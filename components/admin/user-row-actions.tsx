"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/auth/form-message";
import { IDLE } from "@/lib/auth/form-state";
import { ROLES, type Role } from "@/lib/auth/roles";
import { setActiveAction, setRoleAction } from "@/lib/auth/actions/admin-user-actions";
import { fieldId } from "@/components/forms/field-id";
import styles from "./user-row-actions.module.css";

type Props = { id: string; name: string; role: Role; active: boolean };

/**
 * Change role and (de)activate, for one user row; refusals (the last admin) show beside the row.
 * The user travels in a hidden field (lib/auth/schema.ts says why not `.bind()`).
 */
export function UserRowActions({ id, name, role, active }: Props) {
  const [roleState, roleAction] = useActionState(setRoleAction, IDLE);
  const [activeState, activeAction] = useActionState(setActiveAction, IDLE);
  const selectId = fieldId(`role-${id}`);
  return (
    <div className={styles.userRowActions}>
      <form action={roleAction} className={styles.inlineForm}>
        <input type="hidden" name="userId" value={id} />
        <label htmlFor={selectId} className="visually-hidden">{`Role for ${name}`}</label>
        <select id={selectId} name="role" defaultValue={role}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <button type="submit" className="button secondary small" aria-label={`Change role for ${name}`}>
          Change role
        </button>
      </form>
      <form action={activeAction}>
        <input type="hidden" name="userId" value={id} />
        <input type="hidden" name="active" value={String(!active)} />
        <button type="submit" className="button secondary small" aria-label={`${active ? "Deactivate" : "Reactivate"} ${name}`}>
          {active ? "Deactivate" : "Reactivate"}
        </button>
      </form>
      <FormMessage state={roleState.status === "idle" ? activeState : roleState} />
    </div>
  );
}
