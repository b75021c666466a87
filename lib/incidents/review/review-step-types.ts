import type { Role } from "@/lib/auth/roles";
import type { FieldErrors } from "@/lib/validation/field-errors";
import type { Status } from "@/lib/taxonomy/statuses";
import type { ReviewComments } from "@/lib/incidents/audit/review-comments";
import type { ReviewStep } from "./transitions";

export type ReviewStepRequest = {
  incidentId: number;
  step: ReviewStep;
  user: { id: string; role: Role };
  /** The version the reviewer saw; a newer one refuses the step (someone edited it meanwhile). */
  expectedVersion?: number;
  comments?: ReviewComments | null;
};

export type ReviewStepResult =
  | { status: "done"; to: Status; version: number }
  | { status: "not_found" }
  | { status: "refused"; reason: string }
  | { status: "conflict"; version: number }
  /** Publishing checks the record as a published one (a source at least): what does not pass. */
  | { status: "invalid"; fieldErrors: FieldErrors };
