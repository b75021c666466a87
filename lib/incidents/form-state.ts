import type { FieldErrors } from "@/lib/validation/field-errors";
import type { IncidentFormValues } from "./form-data";
import type { PossibleDuplicate } from "./find-duplicates";

/**
 * What a save hands back to the form when it did not save: the problems, or the records it may
 * duplicate, always with the values as typed so the form shows them again. A save that works
 * redirects instead.
 */
export type IncidentFormState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; values: IncidentFormValues }
  | { status: "duplicates"; duplicates: PossibleDuplicate[]; values: IncidentFormValues };

/** The submit button that says "I have seen the possible duplicates; save anyway". */
export const CONFIRM_DUPLICATE_FIELD = "confirmDuplicate";
