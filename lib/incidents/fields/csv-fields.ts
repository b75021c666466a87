import { FIELD_TABLE } from "./field-table";
import { isDerived, setValueAt, valueAt, type FieldKind, type FieldSpec } from "./field-spec";

/** Which CSV layout a column belongs to: ACLED's own columns, or Atlas's after them. */
export type CsvLayout = "acled" | "atlas";
type Cell = string | number | boolean | null;

const columnIn = (f: FieldSpec, layout: CsvLayout): string | undefined => (f.csv && layout in f.csv ? (f.csv as Record<CsvLayout, string>)[layout] : undefined);

const columnOf = (f: FieldSpec): string | undefined => columnIn(f, "acled") ?? columnIn(f, "atlas");

/** Atlas's own columns for the table's fields, in the table's order. */
export const ATLAS_FIELD_COLUMNS = FIELD_TABLE.flatMap((f) => columnIn(f, "atlas") ?? []);

/** A record's fields that go to one layout's columns, as they are (an ACLED column keeps ACLED's meaning). */
export function csvCells(record: object, layout: CsvLayout): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const f of FIELD_TABLE) {
    const column = columnIn(f, layout);
    if (column) out[column] = (valueAt(record, f.path) ?? null) as Cell;
  }
  return out;
}

/** How a row's cells are read: as typed, trimmed, or as a number (a bad one is reported by the reader). */
export type CsvCellReader = { raw: (column: string) => string | undefined; trimmed: (column: string) => string; number: (column: string) => number | null };

/**
 * The entered fields a row of Atlas's CSV holds, at their paths: text as typed (the schema trims it),
 * choices trimmed, an empty optional value as null and an empty defaulted one left to the default.
 * Fields without a column of their own (the country, read from ACLED's country and iso) and yes/no
 * fields (whose spelling the reader checks) are left to the caller.
 */
export function inputFromCsvCells(cells: CsvCellReader): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FIELD_TABLE) {
    const column = columnOf(f);
    if (!column || isDerived(f) || f.kind === "flag") continue;
    setValueAt(out, f.path, READ_CELL[f.kind](cells, column));
  }
  return out;
}

type ReadCell = (cells: CsvCellReader, column: string) => unknown;
const trimmedOrNull: ReadCell = (c, k) => c.trimmed(k) || null;
const trimmed: ReadCell = (c, k) => c.trimmed(k);
const number: ReadCell = (c, k) => c.number(k);

/** How a cell is read, by the field's kind; yes/no cells are the reader's (FLAG_COLUMNS). */
const READ_CELL: Record<FieldKind, ReadCell> = {
  text: (c, k) => c.raw(k) ?? "",
  optionalText: (c, k) => c.raw(k) ?? null,
  enum: (c, k) => c.trimmed(k) || undefined,
  choice: trimmed,
  day: trimmed,
  optionalChoice: trimmedOrNull,
  optionalDay: trimmedOrNull,
  number,
  count: number,
  flag: () => undefined,
};

/** The yes/no fields' columns, which the reader parses itself so it can say what is wrong. */
export const FLAG_COLUMNS = FIELD_TABLE.flatMap((f) => (f.kind === "flag" && columnOf(f) ? [{ path: f.path, column: columnOf(f)! }] : []));
