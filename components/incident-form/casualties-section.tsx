import { Field } from "@/components/forms/field";
import { CASUALTY_CATEGORIES, CASUALTY_CATEGORY_NAMES } from "@/lib/taxonomy/casualty-categories";
import { LIMITS } from "@/lib/validation/limits";
import { sumOfReported, totalBelowParts } from "@/lib/incidents/casualty-rules";
import type { IncidentFormApi } from "./use-incident-form";
import { FormSection } from "./form-section";
import { TableFieldControls } from "./table-field-controls";
import styles from "./incident-form.module.css";

type Group = "killed" | "injured";

function CountInput({ form, name, label }: { form: IncidentFormApi; name: string; label: string }) {
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
          value={form.value(name)}
          onChange={(e) => form.set(name, e.target.value)}
        />
      )}
    </Field>
  );
}

/** A count as typed so far: null unless it is a whole number >= 0. */
function typedCount(form: IncidentFormApi, name: string): number | null {
  const text = form.value(name).trim();
  const n = Number(text);
  return text !== "" && Number.isInteger(n) && n >= 0 ? n : null;
}

/** The sum of the categories typed so far, by the rule the server checks (casualty-rules.ts). */
function partsSum(form: IncidentFormApi, group: Group): number | null {
  return sumOfReported(CASUALTY_CATEGORY_NAMES.map((k) => typedCount(form, `${group}.${k}`)));
}

function LiveTotal({ form, group }: { form: IncidentFormApi; group: Group }) {
  const sum = partsSum(form, group);
  const totalText = form.value(`${group}.total`).trim();
  const total = totalText === "" ? null : Number(totalText);
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
      {sum !== null && (total === null || tooLow) ? (
        <button type="button" className="button secondary small" onClick={() => form.set(`${group}.total`, String(sum))}>
          Use {sum} as the total {group}
        </button>
      ) : null}
    </div>
  );
}

function CountGroup({ form, group }: { form: IncidentFormApi; group: Group }) {
  const title = group === "killed" ? "Killed" : "Injured";
  return (
    <fieldset className={styles.countGroup}>
      <legend>{title}</legend>
      <div className={styles.countRow}>
        <CountInput form={form} name={`${group}.total`} label="Total" />
        {CASUALTY_CATEGORY_NAMES.map((k) => (
          <CountInput key={k} form={form} name={`${group}.${k}`} label={CASUALTY_CATEGORIES[k]} />
        ))}
        {group === "killed" ? (
          <>
            <CountInput form={form} name="killed.low" label="Low estimate" />
            <CountInput form={form} name="killed.high" label="High estimate" />
          </>
        ) : null}
      </div>
      <LiveTotal form={form} group={group} />
    </fieldset>
  );
}

export function CasualtiesSection({ form }: { form: IncidentFormApi }) {
  return (
    <FormSection
      id="casualties"
      title="Casualties"
      intro="Leave a box empty when it is not reported; type 0 when the report says none. The total may be more than the categories (not everyone is attributed), never less."
    >
      <CountGroup form={form} group="killed" />
      <CountGroup form={form} group="injured" />
      <TableFieldControls form={form} group="casualties" />
    </FormSection>
  );
}
