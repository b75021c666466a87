import { FORM_ROWS } from "@/lib/incidents/form/form-data";
import { REPORTED_FIELDS } from "@/lib/sources/report/reported-fields";
import { formatNumber } from "@/lib/format/intl";
import type { IncidentFormApi } from "./use-incident-form";
import styles from "./incident-form.module.css";

/**
 * A dataset source (ACLED's record of the event, docs/decisions/020-dataset-sources.md), shown read-only:
 * the data set owns it, so the form sends it back exactly as it came (hidden fields) and a save keeps
 * it and its report; re-importing the ACLED row is what changes it.
 */
export function DatasetSourceRow({ form, index }: { form: IncidentFormApi; index: number }) {
  const n = (f: string) => `sources.${index}.${f}`;
  const name = form.value(n("datasetRecord"));
  const originator = form.value(n("report.originator"));
  const figures = REPORTED_FIELDS.flatMap((f) => {
    const value = form.value(n(`report.figures.${f.path}.value`));
    return value === "" ? [] : [`${f.label.toLowerCase()} ${formatNumber(Number(value))}`];
  });
  return (
    <fieldset className={styles.repeatedRow}>
      <legend>
        Source {index + 1}: {name} (dataset record)
      </legend>
      {FORM_ROWS.sources.fields.map((f) => {
        const value = form.value(n(f));
        return value === "" ? null : <input key={f} type="hidden" name={n(f)} value={value} />;
      })}
      <p>
        {form.value(n("outlet"))}&rsquo;s record of the event. {figures.length ? `It reports ${figures.join(", ")}` : "It reports no figure"}
        {originator ? `, citing ${originator}.` : "."}
      </p>
      <p className="field-hint">
        Kept as imported: saving keeps it and its report, and re-importing the row updates them. It is not an article, so publishing still needs one.
      </p>
    </fieldset>
  );
}
