"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/auth/form-message";
import { IDLE } from "@/lib/auth/form-state";
import { addLinkAction } from "@/lib/incidents/links/link-actions";
import { OTHER_INCIDENT_HELP } from "@/lib/incidents/links/link-schema";
import type { LinkCandidate } from "@/lib/incidents/links/link-candidates";
import { LINK_CHOICES, LINK_CHOICE_NAMES } from "@/lib/taxonomy/link-relations";
import styles from "./linked-incidents.module.css";

type Props = { incidentId: number; candidates: LinkCandidate[] };

/**
 * "Link to another incident": how they relate, seen from this one, the other by its number (the
 * browser suggests records near in time by title as the analyst types), and a note. A server action:
 * works without JavaScript; a refusal keeps what was typed and says what is wrong by the field.
 */
export function LinkIncidentForm({ incidentId, candidates }: Props) {
  const [state, action] = useActionState(addLinkAction, IDLE);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  // A new key after each answer: a saved link empties the form, a refusal refills it with what was typed.
  const key = state.status === "idle" ? "idle" : JSON.stringify(state);
  return (
    <section aria-labelledby="link-form-heading" className={styles.linkForm}>
      <h3 id="link-form-heading">Link to another incident</h3>
      <FormMessage state={state} />
      <form action={action} key={key} noValidate>
        <input type="hidden" name="incidentId" value={incidentId} />
        <Field name="choice" label="How they relate" errors={errors.choice}>
          {(control) => (
            <select {...control} defaultValue={values.choice || "response_to"}>
              {LINK_CHOICE_NAMES.map((name) => (
                <option key={name} value={name}>
                  {LINK_CHOICES[name].label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="other" label="Other incident" hint={OTHER_INCIDENT_HELP} errors={errors.other}>
          {(control) => <input type="text" {...control} list="link-candidates" autoComplete="off" defaultValue={values.other ?? ""} />}
        </Field>
        <datalist id="link-candidates">
          {candidates.map((c) => (
            <option key={c.id} value={c.label} />
          ))}
        </datalist>
        <Field name="note" label="Note (optional)" errors={errors.note}>
          {(control) => <textarea rows={2} {...control} defaultValue={values.note ?? ""} />}
        </Field>
        <SubmitButton pendingLabel="Linking…">Link incidents</SubmitButton>
      </form>
    </section>
  );
}
