import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import { OptionalPastDateSchema, optionalText, requiredText } from "@/lib/validation/field-schemas";
import { CLAIM_KIND_NAMES } from "@/lib/taxonomy/claims";

const CHOOSE_SOURCE = "Choose the source that reports this claim";

/** Who said what about the incident, cited to one of the incident's sources (by its URL, or a dataset record by its name: sourceRef). */
export const ClaimInputSchema = z
  .object({
    kind: z.enum(CLAIM_KIND_NAMES, { error: "Choose the kind of claim" }),
    claimantName: requiredText(LIMITS.shortText, "Claimant"),
    claimantRole: optionalText(LIMITS.shortText, "Claimant's role"),
    subject: requiredText(LIMITS.shortText, "Subject"),
    statement: requiredText(LIMITS.statement, "Statement"),
    madeOn: OptionalPastDateSchema,
    /** Must be the URL of one of the incident's sources; the incident schema checks that. */
    sourceUrl: z.string({ error: CHOOSE_SOURCE }).trim().min(1, CHOOSE_SOURCE).optional(),
    /**
     * The cited source as `GET /api/incidents/:id` answers it (`{ id, url, outlet }`): read only for
     * its URL, when `sourceUrl` is absent, so a record read from the API can be sent back unchanged.
     */
    source: z.object({ url: z.string().nullish(), datasetRecord: z.string().nullish() }).nullish(),
  })
  .transform(({ source, sourceUrl, ...claim }, ctx) => {
    const url = sourceUrl ?? (source ? (source.url ?? source.datasetRecord ?? "").trim() : undefined);
    if (!url) {
      ctx.addIssue({ code: "custom", path: ["sourceUrl"], message: CHOOSE_SOURCE });
      return z.NEVER;
    }
    return { ...claim, sourceUrl: url };
  });

export type ClaimInput = z.input<typeof ClaimInputSchema>;
export type Claim = z.output<typeof ClaimInputSchema>;
