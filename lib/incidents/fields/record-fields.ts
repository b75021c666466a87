import { FIELD_TABLE } from "./field-table";
import type { FieldColumn, RecordFields } from "./field-types";
import { setValueAt, type FieldSpec } from "./field-spec";

/** Every column of the field table, for a Prisma `select`. */
export const FIELD_COLUMNS_SELECT = Object.fromEntries(FIELD_TABLE.map((f) => [f.column, true])) as { [C in FieldColumn]: true };

/**
 * A record's single-valued fields from a stored row, each column read by `read` (dates and flags
 * are held differently by Prisma and by raw SQL), at their paths in the table's order.
 */
export function recordFieldsFromColumns<Row extends object>(row: Row, read: (field: FieldSpec, value: unknown) => unknown): RecordFields {
  const out: Record<string, unknown> = {};
  for (const f of FIELD_TABLE) setValueAt(out, f.path, read(f, (row as Record<string, unknown>)[f.column]));
  return out as RecordFields;
}
