import type { z } from "zod";

/**
 * How a field's value is held, which decides how it is stored, read back, written in a form, a CSV
 * cell and a record (docs/decisions/012-one-field-table.md):
 * - text: a string, never null ("" when empty); optionalText: a string or null;
 * - enum: one of `values`, a Prisma enum column; choice / optionalChoice: one of a list the input
 *   schema checks, in a string column (the lists' words are not identifiers, see decision 012);
 * - day / optionalDay: a calendar day, YYYY-MM-DD in records, UTC midnight in the database;
 * - number: a decimal or null; count: a whole number or null ("not reported"); flag: yes, no, or null when the sources do not
 *   say (never a "no" by default).
 */
export type FieldKind = "text" | "optionalText" | "enum" | "choice" | "optionalChoice" | "day" | "optionalDay" | "number" | "count" | "flag";

/** The form section a field is entered in. */
export type FieldGroup = "what" | "when" | "where" | "casualties";

/** One row of the incident's field table (field-table.ts). */
export type FieldSpec = {
  /** The field's place in a record and an input: "title", or "killed.securityForces" inside a group. */
  path: string;
  /** The Incident column in schema.prisma. */
  column: string;
  kind: FieldKind;
  /** The enum's values, for kind "enum" (the Prisma enum's, in the same order). */
  values?: readonly [string, ...string[]];
  /** As the form labels it; the History and the version check lower-case it. */
  label: string;
  group: FieldGroup;
  /** The counterpart in the codebooks analysts know ("ACLED event_type", "GTD weapsubtype"). */
  codebook?: string;
  /**
   * The CSV column it is exported to and imported from: ACLED's column when ACLED holds the same
   * value as it is (`acled`), otherwise Atlas's own column after ACLED's (`atlas`).
   */
  csv?: { acled: string } | { atlas: string };
  /** How an input is checked (the incident schema is built from these); absent for derived fields. */
  input?: z.ZodType;
  /** Said of the field in the API's schema. */
  describe?: string;
};

/** A field the server fills in from others (the country's name, the province's code): in records, never in input. */
export const isDerived = (f: FieldSpec) => f.input === undefined;

/** The group a field sits in ("killed" for "killed.total"), or null for a top-level field. */
export function groupOf(path: string): string | null {
  const dot = path.indexOf(".");
  return dot < 0 ? null : path.slice(0, dot);
}

/** The value at a path of a record or input ("killed.total"); undefined when absent. */
export function valueAt(holder: object, path: string): unknown {
  let value: unknown = holder;
  for (const key of path.split(".")) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key];
  return value;
}

/** Sets the value at a path, making the group object on first use (key order follows the table). */
export function setValueAt(holder: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let target = holder;
  for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
  target[keys[keys.length - 1]!] = value;
}
