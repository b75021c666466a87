import { isoDateToUtc } from "@/lib/dates/iso-date";
import { valueAt } from "./field-spec";
import { INPUT_FIELDS } from "./input-fields";

/** The entered fields of validated input as the Incident columns hold them: days as UTC midnight. */
export function columnValues(data: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of INPUT_FIELDS) {
    const value = valueAt(data, f.path);
    out[f.column] = (f.kind === "day" || f.kind === "optionalDay") && value ? isoDateToUtc(value as string) : value;
  }
  return out;
}
