import { TextField } from "@/components/forms/text-field";
import { errorId, fieldId } from "@/components/forms/field-id";
import { LIMITS } from "@/lib/validation/limits";
import { REPORTED_FIELDS } from "@/lib/sources/report/reported-fields";
import { REPORTED_FACTS } from "@/lib/sources/report/reported-facts";
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

type RowSpec = { label: string; name: string; quoteName: string; input: "count" | "day" | "text"; indent?: boolean };

/** One value the source states: its name, the value's control and the quote's, each with its errors. */
function ReportRow({ form, row }: { form: IncidentFormApi; row: RowSpec }) {
  const { name, quoteName } = row;
  const kind =
    row.input === "count"
      ? { type: "number", inputMode: "numeric" as const, min: 0, max: LIMITS.count, step: 1, className: styles.number }
      : row.input === "day"
        ? { type: "date", className: styles.day }
        : { type: "text", maxLength: LIMITS.shortText, className: styles.text };
  return (
    <tr>
      <th scope="row" className={row.indent ? styles.category : undefined}>
        <label htmlFor={fieldId(name)}>{row.label}</label>
      </th>
      <Cell form={form} name={name}>
        {(describedBy) => (
          <input
            id={fieldId(name)}
            name={name}
            {...kind}
            value={form.value(name)}
            onChange={(e) => form.set(name, e.target.value)}
            aria-invalid={describedBy ? true : undefined}
            aria-describedby={describedBy}
          />
        )}
      </Cell>
      <Cell form={form} name={quoteName}>
        {(describedBy) => (
          <input
            id={fieldId(quoteName)}
            name={quoteName}
            type="text"
            aria-label={`Quote for ${row.label.toLowerCase()}`}
            placeholder="The sentence that states it"
            maxLength={LIMITS.quote}
            className={styles.quote}
            value={form.value(quoteName)}
            onChange={(e) => form.set(quoteName, e.target.value)}
            aria-invalid={describedBy ? true : undefined}
            aria-describedby={describedBy}
          />
        )}
      </Cell>
    </tr>
  );
}

/** A table of values with their quotes: plain controls, so it works without JavaScript. */
function ReportTable({
  form,
  caption,
  rowHeading,
  valueHeading,
  rows,
}: {
  form: IncidentFormApi;
  caption: string;
  rowHeading: string;
  valueHeading: string;
  rows: RowSpec[];
}) {
  return (
    <div className="table-wrap">
      <table className={`data ${styles.figures}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            <th scope="col">{valueHeading}</th>
            <th scope="col">Quote (the sentence that states it)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ReportRow key={row.name} form={form} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * What one source says (docs/decisions/015-source-reports.md, 019-reported-facts.md): who it attributes
 * its figures to, each figure, and the date, place and perpetrator it gives, each with the sentence that
 * states it. It opens by itself when it holds anything or a problem.
 */
export function SourceReportFields({ form, prefix, title }: Props) {
  const n = (f: string) => `${prefix}report.${f}`;
  const names = Object.keys(form.values).filter((k) => k.startsWith(`${prefix}report.`));
  const stated = REPORTED_FIELDS.filter((f) => form.value(n(`figures.${f.path}.value`)).trim() !== "").length;
  const facts = REPORTED_FACTS.filter((f) => form.value(n(`facts.${f.path}.value`)).trim() !== "").length;
  const open = names.some((k) => form.value(k).trim() !== "" || form.errorsOf(k)?.length);
  const counted = [stated && `${stated} figure${stated === 1 ? "" : "s"}`, facts && `${facts} fact${facts === 1 ? "" : "s"}`].filter(Boolean).join(", ");
  return (
    <details className={styles.report} open={open || undefined}>
      <summary>
        What this source reports <span className="muted">({counted || "nothing entered"})</span>
      </summary>
      <TextField
        {...form.bind(n("originator"))}
        label="Figures attributed to"
        hint="Who the source says gives the figures: “the army”, “police”, “a hospital official”"
        maxLength={LIMITS.shortText}
      />
      <ReportTable
        form={form}
        caption={`Figures ${title} reports, each with the sentence that states it. Leave a figure empty when the source does not say.`}
        rowHeading="Figure"
        valueHeading="Number"
        rows={REPORTED_FIELDS.map((f) => ({
          label: f.label,
          name: n(`figures.${f.path}.value`),
          quoteName: n(`figures.${f.path}.quote`),
          input: "count",
          indent: !f.isTotal,
        }))}
      />
      <ReportTable
        form={form}
        caption={`When, where and by whom, as ${title} says, each with the sentence that states it. Leave a fact empty when the source does not say.`}
        rowHeading="Fact"
        valueHeading="As the source says"
        rows={REPORTED_FACTS.map((f) => ({ label: f.label, name: n(`facts.${f.path}.value`), quoteName: n(`facts.${f.path}.quote`), input: f.kind }))}
      />
    </details>
  );
}
