import { z } from "zod";
import { FIELD_TABLE } from "./field-table";
import type { RecordFields } from "./field-types";
import { groupOf, type FieldKind, type FieldSpec } from "./field-spec";

export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("YYYY-MM-DD");

const BY_KIND: Record<Exclude<FieldKind, "enum">, z.ZodType> = {
  text: z.string(),
  optionalText: z.string().nullable(),
  choice: z.string(),
  optionalChoice: z.string().nullable(),
  day: DaySchema,
  optionalDay: DaySchema.nullable(),
  number: z.number().nullable(),
  count: z.number().int().nullable(),
  flag: z.boolean().nullable(),
};

function recordFieldSchema(f: FieldSpec): z.ZodType {
  const schema = f.kind === "enum" ? z.enum(f.values!) : BY_KIND[f.kind];
  return f.describe ? schema.describe(f.describe) : schema;
}

type Shape = { [K in keyof RecordFields]: z.ZodType<RecordFields[K]> };

/** How the API's record holds each single-valued field: a shape for the record's zod object, groups as nested objects. */
export function recordFieldShape(): Shape {
  const top: Record<string, z.ZodType> = {};
  const groups: Record<string, Record<string, z.ZodType>> = {};
  for (const f of FIELD_TABLE) {
    const group = groupOf(f.path);
    if (group) (groups[group] ??= {})[f.path.slice(group.length + 1)] = recordFieldSchema(f);
    else top[f.path] = recordFieldSchema(f);
  }
  return { ...top, ...Object.fromEntries(Object.entries(groups).map(([g, shape]) => [g, z.object(shape)])) } as Shape;
}
