import { z } from "zod";

/** The largest id a record can have: Prisma's Int, a 32-bit integer on both databases (PostgreSQL refuses more). */
export const MAX_RECORD_ID = 2_147_483_647;

/** A record id in a URL: a positive whole number. */
export const IdParamSchema = z.coerce
  .number({ error: "The id must be a positive whole number" })
  .int("The id must be a positive whole number")
  .positive("The id must be a positive whole number")
  .max(MAX_RECORD_ID, "The id is too large");

export function parseId(value: string): number | null {
  if (!/^\d+$/.test(value)) return null;
  const parsed = IdParamSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
