import { setValueAt, valueAt } from "./field-spec";
import { INPUT_FIELDS } from "./input-fields";

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** Empty means "not given" (null); anything else must be a number, NaN lets the schema say so. */
export function toNumber(value: string | undefined): number | null {
  const t = (value ?? "").trim();
  return t === "" ? null : Number(t);
}

/** A record's entered fields as the form's controls hold them, by control name ("killed.total"): a ticked box is "on". */
export function formFieldValues(record: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of INPUT_FIELDS) {
    const value = valueAt(record, f.path);
    out[f.path] = f.kind === "flag" ? (value ? "on" : "") : str(value);
  }
  return out;
}

/** The form's controls as the incident schema's fields: numbers parsed, boxes as booleans, text as typed. */
export function inputFromFormFields(values: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of INPUT_FIELDS) {
    const value = values[f.path];
    if (f.kind === "number" || f.kind === "count") setValueAt(out, f.path, toNumber(value));
    else if (f.kind === "flag") setValueAt(out, f.path, value === "on" || value === "true");
    else setValueAt(out, f.path, value ?? "");
  }
  return out;
}
