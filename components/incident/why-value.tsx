import type { FieldProvenance } from "@/lib/sources/provenance/incident-provenance";
import { whyId } from "@/lib/sources/provenance/why-href";
import { formatDay } from "@/lib/dates/format-date";
import { formatNumber } from "@/lib/format/intl";
import { SourceName } from "./source-name";
import styles from "./why-value.module.css";
import listStyles from "./record-lists.module.css";

const stated = (v: number | string, field: string) => (typeof v === "number" ? formatNumber(v) : field === "eventDate" ? formatDay(v) : v);

/**
 * A coded value that opens, with a click or Enter, the reports and quotes behind it (issue #13, part
 * 4): the rule in words, then each source that states the value, the one it rests on marked, the
 * others marked when they differ. A value no source speaks to is shown as it is.
 */
export function WhyValue({ p, open, children }: { p: FieldProvenance; open: boolean; children: React.ReactNode }) {
  if (p.statements.length === 0 && p.rule !== "analyst") return <>{children}</>;
  return (
    <details id={whyId(p.field)} className={styles.why} open={open || undefined}>
      <summary>
        {children}
        <span className="visually-hidden">: where the {p.label.toLowerCase()} comes from</span>
      </summary>
      <div className={styles.panel}>
        <p className={styles.rule}>
          <strong>{p.label}:</strong> {p.words}
        </p>
        {p.statements.length > 0 ? (
          <ul className={styles.statements}>
            {p.statements.map((s) => {
              const differs = p.value !== null && !s.basis && String(s.value) !== String(p.value);
              return (
                <li key={s.reportId}>
                  <SourceName source={s}>{s.outlet}</SourceName>
                  {s.originator ? <span className="muted"> citing {s.originator}</span> : null}: <strong>{stated(s.value, p.field)}</strong>
                  {s.basis ? <span className={styles.basis}> rests on this</span> : differs ? <span className={styles.differs}> differs</span> : null}
                  {s.quote ? (
                    <blockquote className={listStyles.statement}>{s.quote}</blockquote>
                  ) : (
                    <span className={`muted ${styles.noQuote}`}>no quote entered</span>
                  )}
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </details>
  );
}
