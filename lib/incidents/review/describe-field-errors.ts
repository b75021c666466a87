import type { FieldErrors } from "@/lib/validation/field-errors";

/** Field errors in one sentence ("sources: Add at least one source…"), for a report on a record that cannot be published. */
export function describeFieldErrors(errors: FieldErrors): string {
  return Object.entries(errors)
    .map(([path, messages]) => `${path || "record"}: ${messages.join("; ")}`)
    .join(". ");
}
