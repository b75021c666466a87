import { describeFieldErrors } from "./describe-field-errors";
import type { ReviewStepResult } from "./review-step";

/** A step that did not go through, in words for the reviewer. */
export function describeStepResult(result: Exclude<ReviewStepResult, { status: "done" }>): string {
  switch (result.status) {
    case "not_found":
      return "This record is no longer in the Atlas: it may be in the trash.";
    case "conflict":
      return `Someone changed the record meanwhile (now version ${result.version}): reload and look again.`;
    case "refused":
      return result.reason;
    case "invalid":
      return `Not ready to publish: ${describeFieldErrors(result.fieldErrors)}`;
  }
}
