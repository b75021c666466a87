import type { ReactNode } from "react";
import styles from "./incident-form.module.css";

/** One titled part of the form (What, When, Where...), a landmark a screen reader can jump to. */
export function FormSection({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section className={`${styles.formSection} card`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro ? <p className={`muted ${styles.sectionIntro}`}>{intro}</p> : null}
      {children}
    </section>
  );
}
