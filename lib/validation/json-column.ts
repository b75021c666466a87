import type { z } from "zod";

/**
 * A JSON text column read back through its schema: null when there is none, and null too when it
 * does not parse or does not fit (a hand-edited row), so one bad row never breaks a page.
 */
export function readJsonColumn<S extends z.ZodType>(schema: S, json: string | null | undefined): z.output<S> | null {
  if (!json) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
