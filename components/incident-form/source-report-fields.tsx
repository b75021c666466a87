import { TextField } from "@/components/forms/text-field";
import { errorId, fieldId } from "@/components/forms/field-id";
import { LIMITS } from "@/lib/validation/limits";
import { REPORTED_FIELDS } from "@/lib/sources/report/reported-fields";
import type { IncidentFormApi } from "./use-incident-form";
import styles from "./source-report-fields.module.css";

type Props = { form: IncidentFormApi; prefix: string; title: string };

/** A control in the figures table: its errors below it, read by a screen reader with the control. */
function Cell({ form, name, children }: { form: IncidentFormApi; name: string; children: (describedBy: string | undefined) => React.ReactNode }) {
  const errors = form.errorsOf(name);
  return (
    <td className={errors?.length ? `field-invalid ${styles.cell}` : styles.cell}>
      {children(errors?.length ? errorId(name) : undefined)}
      {errors?.length ? (
        <p className="field-error" id={errorId(name)}>
          {errors.join(" ")}
        </p>
      ) : null}
    </td>
  );
}

/**
 * What one source says (docs/decisions/015-source-reports.md): who it attributes its figures to, and
 * each figure with the sentence that states it. Plain controls in a table, so it works without
 * JavaScript; it opens by itself when it holds anything or a problem.
 */
export function SourceReportFields({ form, prefix, title }: Props) {
  const n = (f: string) => `${prefix}report.${f}`;
  const names = Object.keys(form.values).filter((k) => k.startsWith(`${prefix}report.`));
  const stated = REPORTED_FIELDS.filter((f) => form.value(n(`figures.${f.path}.value`)).trim() !== "").length;
  const open = names.some((k) => form.value(k).trim() !== "" || form.errorsOf(k)?.length);
  return (
    <details className={styles.report} open={open || undefined}>
      <summary>
        What this source reports <span className="muted">({stated === 0 ? "no figures entered" : `${stated} figure${stated === 1 ? "" : "s"}`})</span>
      </summary>
      <TextField
        {...form.bind(n("originator"))}
        label="Figures attributed to"
        hint="Who the source says gives the figures: “the army”, “police”, “a hospital official”"
        maxLength={LIMITS.shortText}
      />
      <div className="table-wrap">
        <table className={`data ${styles.figures}`}>
          <caption className="visually-hidden">
            Figures {title} reports, each with the sentence that states it. Leave a figure empty when the source does not say.
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Number</th>
              <th scope="col">Quote (the sentence that states it)</th>
            </tr>
          </thead>
          <tbody>
            {REPORTED_FIELDS.map((f) => {
              const value = n(`figures.${f.path}.value`);
              const quote = n(`figures.${f.path}.quote`);
              return (
                <tr key={f.path}>
                  <th scope="row" className={f.isTotal ? undefined : styles.category}>
                    <label htmlFor={fieldId(value)}>{f.label}</label>
                  </th>
                  <Cell form={form} name={value}>
                    {(describedBy) => (
                      <input
                        id={fieldId(value)}
                        name={value}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={LIMITS.count}
                        step={1}
                        className={styles.number}
                        value={form.value(value)}
                        onChange={(e) => form.set(value, e.target.value)}
                        aria-invalid={describedBy ? true : undefined}
                        aria-describedby={describedBy}
                      />
                    )}
                  </Cell>
                  <Cell form={form} name={quote}>
                    {(describedBy) => (
                      <input
                        id={fieldId(quote)}
                        name={quote}
                        type="text"
                        aria-label={`Quote for ${f.label.toLowerCase()}`}
                        placeholder="The sentence that states it"
                        maxLength={LIMITS.quote}
                        className={styles.quote}
                        value={form.value(quote)}
                        onChange={(e) => form.set(quote, e.target.value)}
                        aria-invalid={describedBy ? true : undefined}
                        aria-describedby={describedBy}
                      />
                    )}
                  </Cell>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
