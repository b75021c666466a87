import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import { OptionalPastDateSchema, optionalText, requiredText } from "@/lib/validation/field-schemas";
import { CLAIM_KIND_NAMES } from "@/lib/taxonomy/claims";

/** Who said what about the incident, cited to one of the incident's sources (by its URL). */
export const ClaimInputSchema = z.object({
  kind: z.enum(CLAIM_KIND_NAMES, { error: "Choose the kind of claim" }),
  claimantName: requiredText(LIMITS.shortText, "Claimant"),
  claimantRole: optionalText(LIMITS.shortText, "Claimant's role"),
  subject: requiredText(LIMITS.shortText, "Subject"),
  statement: requiredText(LIMITS.statement, "Statement"),
  madeOn: OptionalPastDateSchema,
  /** Must be the URL of one of the incident's sources; the incident schema checks that. */
  sourceUrl: z
    .string({ error: "Choose the source that reports this claim" })
    .trim()
    .min(1, "Choose the source that reports this claim"),
});

export type ClaimInput = z.input<typeof ClaimInputSchema>;
export type Claim = z.output<typeof ClaimInputSchema>;
