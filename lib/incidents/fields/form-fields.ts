import { setValueAt, valueAt } from "./field-spec";
import { INPUT_FIELDS } from "./input-fields";

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** Empty means "not given" (null); anything else must be a number, NaN lets the schema say so. */
export function toNumber(value: string | undefined): number | null {
  const t = (value ?? "").trim();
  return t === "" ? null : Number(t);
}

/** A yes/no field's choices; the control's empty choice is "Not known". */
export const YES_NO_OPTIONS = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;

/** A yes/no field's control: "yes", "no", or "" when not known. */
export function flagControlValue(value: unknown): "yes" | "no" | "" {
  return value === null || value === undefined ? "" : value ? "yes" : "no";
}

/** A yes/no control back to the field: "" (or anything unknown) is not known, never "no". */
export function flagFromControl(value: string | undefined): boolean | null {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "yes" || v === "on" || v === "true") return true;
  if (v === "no" || v === "false") return false;
  return null;
}

/** A record's entered fields as the form's controls hold them, by control name ("killed.total"): a yes/no is "yes", "no" or "". */
export function formFieldValues(record: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of INPUT_FIELDS) {
    const value = valueAt(record, f.path);
    out[f.path] = f.kind === "flag" ? flagControlValue(value) : str(value);
  }
  return out;
}

/** The form's controls as the incident schema's fields: numbers parsed, boxes as booleans, text as typed. */
export function inputFromFormFields(values: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of INPUT_FIELDS) {
    const value = values[f.path];
    if (f.kind === "number" || f.kind === "count") setValueAt(out, f.path, toNumber(value));
    else if (f.kind === "flag") setValueAt(out, f.path, flagFromControl(value));
    else setValueAt(out, f.path, value ?? "");
  }
  return out;
}
