import type { z } from "zod";
import type { INCIDENT_FIELDS } from "./incident-fields";
import type { CASUALTY_FIELDS } from "./casualty-fields";
import type { FieldKind } from "./field-spec";

// The TypeScript types of records and inputs, computed from the field table's rows so that no
// field is declared twice (docs/decisions/012-one-field-table.md).

type Table = (typeof INCIDENT_FIELDS)[number] | (typeof CASUALTY_FIELDS)[number];

type ValueOfKind = {
  text: string;
  optionalText: string | null;
  enum: never;
  choice: string;
  optionalChoice: string | null;
  day: string;
  optionalDay: string | null;
  number: number | null;
  count: number | null;
  flag: boolean | null;
};
type RecordValue<F> = F extends { kind: "enum"; values: readonly (infer V)[] } ? V : F extends { kind: infer K extends FieldKind } ? ValueOfKind[K] : never;

type TopLevel<F> = F extends { path: `${string}.${string}` } ? never : F extends { path: infer P extends string } ? P : never;
type GroupName<F> = F extends { path: `${infer G}.${string}` } ? G : never;
type KeyIn<F, G extends string> = F extends { path: `${G}.${infer K}` } ? K : never;

/** The table's top-level fields, each holding `Value[path]`. */
type TopFields<F, Value> = { [T in F as TopLevel<T>]: T extends { path: infer P extends keyof Value } ? Value[P] : never };
/** The table's groups ("killed"), each an object of its fields holding `Value[path]`. */
type GroupFields<F, Value> = { [G in GroupName<F>]: { [T in F as KeyIn<T, G>]: T extends { path: infer P extends keyof Value } ? Value[P] : never } };

type RecordValues = { [F in Table as F["path"]]: RecordValue<F> };
type WithInput = Extract<Table, { input: z.ZodType }>;
type InputSchemas = { [F in WithInput as F["path"]]: F["input"] };

/** An incident record's single-valued fields, as the API returns them. */
export type RecordFields = TopFields<Table, RecordValues> & GroupFields<Table, RecordValues>;
/** The incident schema's single-valued fields, top-level and by group (derived fields have no input). */
export type TopInputSchemas = TopFields<WithInput, InputSchemas>;
export type GroupInputSchemas = GroupFields<WithInput, InputSchemas>;

type Loose = string | number | boolean | null | undefined;
type Needed<S> = { [K in keyof S as undefined extends z.input<S[K]> ? never : K]: z.input<S[K]> extends string ? string : z.input<S[K]> };
type Optional<S> = { [K in keyof S as undefined extends z.input<S[K]> ? K : never]?: Loose };
/** The edited fields of a record or an input, those the schema needs and the rest optional: what the audit diff and the version check read. */
export type LooseInputFields = Needed<TopInputSchemas> &
  Optional<TopInputSchemas> & { [G in keyof GroupInputSchemas]?: { [K in keyof GroupInputSchemas[G]]?: Loose } };

/** The Incident columns the table names, for a Prisma `select` typed column by column. */
export type FieldColumn = Table["column"];
