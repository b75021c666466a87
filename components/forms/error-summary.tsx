"use client";

import type { Ref } from "react";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { fieldId } from "./field-id";
import styles from "./error-summary.module.css";

type Props = {
  errors: FieldErrors;
  /** The label to show before each message, from the field's dotted path. */
  labelFor: (name: string) => string;
  /** The field to link to for a path with no control of its own ("sources" -> its Add button). */
  targetFor?: (name: string) => string;
  /** Where a field comes in the form, so problems are listed top to bottom. */
  orderOf?: (name: string) => number;
  ref?: Ref<HTMLDivElement>;
};

/**
 * The problems of a failed submit, at the top of the form: one link per field, which moves focus to
 * it. The form focuses this box, and role="alert" makes screen readers read it out.
 */
export function ErrorSummary({ errors, labelFor, targetFor = (n) => n, orderOf = () => 0, ref }: Props) {
  const entries = Object.entries(errors).sort(([a], [b]) => orderOf(a) - orderOf(b));
  if (entries.length === 0) return null;
  const count = entries.reduce((n, [, messages]) => n + messages.length, 0);
  return (
    <div className={styles.errorSummary} role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{count === 1 ? "There is a problem" : `There are ${count} problems`} to fix before saving</h2>
      <ul>
        {entries.flatMap(([name, messages]) =>
          messages.map((message) => {
            const label = labelFor(name);
            const target = fieldId(targetFor(name));
            return (
              <li key={`${name}:${message}`}>
                <a
                  href={`#${target}`}
                  onClick={(e) => {
                    const el = document.getElementById(target);
                    if (!el) return;
                    e.preventDefault();
                    el.scrollIntoView({ block: "center" });
                    el.focus();
                  }}
                >
                  {label ? `${label}: ` : ""}
                  {message}
                </a>
              </li>
            );
          }),
        )}
      </ul>
    </div>
  );
}
