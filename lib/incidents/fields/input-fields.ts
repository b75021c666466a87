import { FIELD_TABLE } from "./field-table";
import { isDerived, setValueAt, valueAt } from "./field-spec";

/** The fields an analyst enters (not the derived ones), in the table's order. */
export const INPUT_FIELDS = FIELD_TABLE.filter((f) => !isDerived(f));

/** The entered fields of a record or an input, copied at their paths as they are (the schema checks them). */
export function copyInputFields(from: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of INPUT_FIELDS) setValueAt(out, f.path, valueAt(from, f.path));
  return out;
}
