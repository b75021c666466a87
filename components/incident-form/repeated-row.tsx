import type { ReactNode } from "react";
import styles from "./incident-form.module.css";

/** One numbered row of a repeated group (Source 2), with its Remove button. */
export function RepeatedRow({ title, onRemove, children }: { title: string; onRemove: () => void; children: ReactNode }) {
  return (
    <fieldset className={styles.repeatedRow}>
      <legend>{title}</legend>
      {children}
      <button type="button" className={`button secondary small ${styles.removeRow}`} onClick={onRemove}>
        Remove {title.toLowerCase()}
      </button>
    </fieldset>
  );
}
