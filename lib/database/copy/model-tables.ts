import { z } from "zod";

/** The Prisma scalar types a column can have, which decide how a SQLite value is written to PostgreSQL. */
export const SCALAR_TYPES = ["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"] as const;
export type ScalarType = (typeof SCALAR_TYPES)[number];

/** A column to copy: an enum is stored as text on SQLite and is an enum type on PostgreSQL. */
export type ModelColumn = { name: string; type: ScalarType | "Enum" };
export type ModelTable = { model: string; table: string; columns: ModelColumn[] };

// The generated client's own description of the model (what its queries are built from): model and
// field names, kinds and types, and the table and column names where @@map / @map rename them.
const RuntimeDataModelSchema = z.object({
  models: z.record(
    z.string(),
    z.object({
      dbName: z.string().nullable(),
      fields: z.array(z.object({ name: z.string(), kind: z.string(), type: z.string(), dbName: z.string().nullish() })),
    }),
  ),
});

function columnOf(field: { name: string; kind: string; type: string; dbName?: string | null }, model: string): ModelColumn | null {
  const name = field.dbName ?? field.name;
  if (field.kind === "enum") return { name, type: "Enum" };
  if (field.kind !== "scalar") return null;
  const type = SCALAR_TYPES.find((t) => t === field.type);
  if (!type) throw new Error(`${model}.${field.name} has the type ${field.type}, which db:copy does not know how to copy`);
  return { name, type };
}

/**
 * Every table of the Prisma model with its columns and their types, read from a generated client
 * (either: both come from prisma/model.prisma), so a new model or field is copied with no change here.
 * Tables outside the model (the rollups kept by triggers, SQLite's FTS5 tables) are not among them.
 */
export function modelTables(client: unknown): ModelTable[] {
  const runtime = RuntimeDataModelSchema.parse((client as { _runtimeDataModel?: unknown })._runtimeDataModel);
  return Object.entries(runtime.models).map(([model, { dbName, fields }]) => ({
    model,
    table: dbName ?? model,
    columns: fields.map((f) => columnOf(f, model)).filter((c): c is ModelColumn => c !== null),
  }));
}
