import { TextField } from "@/components/forms/text-field";
import { SelectField, optionsOf } from "@/components/forms/select-field";
import { YES_NO_OPTIONS } from "@/lib/incidents/fields/form-fields";
import { FIELD_TABLE } from "@/lib/incidents/fields/field-table";
import { isDerived, type FieldGroup, type FieldSpec } from "@/lib/incidents/fields/field-spec";
import type { IncidentFormApi } from "./use-incident-form";
import { isPlacedInForm } from "./field-labels";

function TableFieldControl({ form, field: f }: { form: IncidentFormApi; field: FieldSpec }) {
  if (f.kind === "flag") return <SelectField {...form.bind(f.path)} label={f.label} emptyLabel="Not known" options={YES_NO_OPTIONS} />;
  if (f.kind === "enum") return <SelectField {...form.bind(f.path)} label={f.label} emptyLabel="Not known" options={optionsOf(f.values!)} />;
  if (f.kind === "number" || f.kind === "count") return <TextField {...form.bind(f.path)} label={f.label} type="number" inputMode="decimal" step="any" />;
  return <TextField {...form.bind(f.path)} label={f.label} type={f.kind === "day" || f.kind === "optionalDay" ? "date" : "text"} />;
}

/**
 * The controls of a section's fields that no section lays out itself: a field just added to the
 * field table is in the form at once, with a control for its kind, until someone gives it a place.
 */
export function TableFieldControls({ form, group }: { form: IncidentFormApi; group: FieldGroup }) {
  const fields = FIELD_TABLE.filter((f) => f.group === group && !isDerived(f) && !isPlacedInForm(f.path));
  if (fields.length === 0) return null;
  return (
    <div className="field-row">
      {fields.map((f) => (
        <TableFieldControl key={f.path} form={form} field={f} />
      ))}
    </div>
  );
}
