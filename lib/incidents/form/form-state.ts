import type { FieldErrors } from "@/lib/validation/field-errors";
import type { IncidentFormValues } from "./form-data";
import type { PossibleDuplicate } from "../duplicates/find-duplicates";
import type { UnitConflict } from "../conflicts/version-check";

/**
 * What a save hands back to the form when it did not save: the problems, the records it may
 * duplicate, or (someone saved meanwhile) the fields that differ from their version, always with
 * the values as typed so the form shows them again. A save that works redirects instead.
 */
export type IncidentFormState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; values: IncidentFormValues }
  | { status: "duplicates"; duplicates: PossibleDuplicate[]; values: IncidentFormValues }
  | {
      status: "conflict";
      conflicts: UnitConflict[];
      currentVersion: number;
      baseVersion: number;
      theirEditor: string;
      theirAt: string | null;
      /** The submitted incident as JSON, carried through the merge (lib/incidents/conflicts/conflict-form.ts). */
      mineJson: string;
      values: IncidentFormValues;
    };

/** The submit button that says "I have seen the possible duplicates; save anyway". */
export const CONFIRM_DUPLICATE_FIELD = "confirmDuplicate";
