import { useMemo } from "react";
import { Field } from "@/components/forms/field";
import { killedEstimates, type CodedFigures, type CodingSource } from "@/lib/sources/coding/coded-figures";
import type { ReportedField } from "@/lib/sources/report/reported-fields";
import { codedFromFormValues } from "@/lib/incidents/form/coded-form-figures";
import { FigureCodingFields } from "./figure-coding-fields";
import codedStyles from "./casualties-section.module.css";
import { CASUALTY_CATEGORIES, CASUALTY_CATEGORY_NAMES } from "@/lib/taxonomy/casualty-categories";
import { LIMITS } from "@/lib/validation/limits";
import { sumOfReported, totalBelowParts } from "@/lib/incidents/casualty-rules";
import type { IncidentFormApi } from "./use-incident-form";
import { FormSection } from "./form-section";
import { TableFieldControls } from "./table-field-controls";
import styles from "./incident-form.module.css";

type Group = "killed" | "injured";

/** A count box; `derived` holds the value the reports' rule gives, shown read-only in its place. */
function CountInput({ form, name, label, derived }: { form: IncidentFormApi; name: string; label: string; derived?: number | null }) {
  const isDerived = derived !== undefined;
  return (
    <Field name={name} label={label} errors={form.errorsOf(name)} className={styles.countField}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={0}
          max={LIMITS.count}
          step={1}
          readOnly={isDerived}
          className={isDerived ? codedStyles.derived : undefined}
          title={isDerived ? "From the sources' reports: choose below how it is coded" : undefined}
          value={isDerived ? (derived === null ? "" : String(derived)) : form.value(name)}
          onChange={(e) => form.set(name, e.target.value)}
        />
      )}
    </Field>
  );
}

/** The value a box shows when the reports' rule gives it; undefined when the analyst types it. */
function derivedValue(coded: CodedFigures, name: string): number | null | undefined {
  const f = coded[name as ReportedField];
  return f && f.rule === "reports" ? f.value : undefined;
}

/** A count as typed so far: null unless it is a whole number >= 0. */
function typedCount(form: IncidentFormApi, name: string): number | null {
  const text = form.value(name).trim();
  const n = Number(text);
  return text !== "" && Number.isInteger(n) && n >= 0 ? n : null;
}

/** A count as it will be stored: the reports' value when their rule gives it, otherwise as typed. */
function shownCount(form: IncidentFormApi, coded: CodedFigures, name: string): number | null {
  const derived = derivedValue(coded, name);
  return derived === undefined ? typedCount(form, name) : derived;
}

/** The sum of the categories so far, by the rule the server checks (casualty-rules.ts). */
function partsSum(form: IncidentFormApi, coded: CodedFigures, group: Group): number | null {
  return sumOfReported(CASUALTY_CATEGORY_NAMES.map((k) => shownCount(form, coded, `${group}.${k}`)));
}

function LiveTotal({ form, group, coded }: { form: IncidentFormApi; group: Group; coded: CodedFigures }) {
  const sum = partsSum(form, coded, group);
  const totalDerived = derivedValue(coded, `${group}.total`) !== undefined;
  const totalText = form.value(`${group}.total`).trim();
  const total = totalDerived ? shownCount(form, coded, `${group}.total`) : totalText === "" ? null : Number(totalText);
  let message = "No category given yet.";
  let tooLow = false;
  if (sum !== null) {
    message = `The categories add up to ${sum}.`;
    if (total === null) message += " The total is not given.";
    else if (totalBelowParts(total, sum)) {
      message = `The total (${total}) is below the categories' sum (${sum}): it cannot be.`;
      tooLow = true;
    }
  }
  return (
    <div className={styles.liveTotal}>
      <p className={tooLow ? "field-error" : "muted"} role="status">
        {message}
      </p>
      {sum !== null && !totalDerived && (total === null || tooLow) ? (
        <button type="button" className="button secondary small" onClick={() => form.set(`${group}.total`, String(sum))}>
          Use {sum} as the total {group}
        </button>
      ) : null}
    </div>
  );
}

function CountGroup({ form, group, coded, sources }: { form: IncidentFormApi; group: Group; coded: CodedFigures; sources: CodingSource[] }) {
  const title = group === "killed" ? "Killed" : "Injured";
  const estimates = killedEstimates(coded["killed.total"]);
  return (
    <fieldset className={styles.countGroup}>
      <legend>{title}</legend>
      <div className={styles.countRow}>
        <CountInput form={form} name={`${group}.total`} label="Total" derived={derivedValue(coded, `${group}.total`)} />
        {CASUALTY_CATEGORY_NAMES.map((k) => (
          <CountInput key={k} form={form} name={`${group}.${k}`} label={CASUALTY_CATEGORIES[k]} derived={derivedValue(coded, `${group}.${k}`)} />
        ))}
        {group === "killed" ? (
          <>
            <CountInput form={form} name="killed.low" label="Low estimate" derived={estimates ? estimates.low : undefined} />
            <CountInput form={form} name="killed.high" label="High estimate" derived={estimates ? estimates.high : undefined} />
          </>
        ) : null}
      </div>
      <LiveTotal form={form} group={group} coded={coded} />
      <FigureCodingFields form={form} group={group} coded={coded} sources={sources} />
    </fieldset>
  );
}

export function CasualtiesSection({ form }: { form: IncidentFormApi }) {
  const { coded, sources } = useMemo(() => codedFromFormValues(form.values), [form.values]);
  return (
    <FormSection
      id="casualties"
      title="Casualties"
      intro="Leave a box empty when it is not reported; type 0 when the report says none. The total may be more than the categories (not everyone is attributed), never less."
    >
      <CountGroup form={form} group="killed" coded={coded} sources={sources} />
      <CountGroup form={form} group="injured" coded={coded} sources={sources} />
      <TableFieldControls form={form} group="casualties" />
    </FormSection>
  );
}
