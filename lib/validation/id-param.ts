import { z } from "zod";

/** A record id in a URL: a positive whole number. */
export const IdParamSchema = z.coerce
  .number({ error: "The id must be a positive whole number" })
  .int("The id must be a positive whole number")
  .positive("The id must be a positive whole number")
  .max(Number.MAX_SAFE_INTEGER, "The id is too large");

export function parseId(value: string): number | null {
  if (!/^\d+$/.test(value)) return null;
  const parsed = IdParamSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
