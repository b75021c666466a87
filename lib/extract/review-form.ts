import { z } from "zod";
import { CLAIM_KIND_NAMES } from "@/lib/taxonomy/claims";
import { LIMITS } from "@/lib/validation/limits";
import { ExtractInputSchema } from "./schema";
import { REVIEW_FIELD_NAMES } from "./review-fields";

/** How many claims the review form may post back (an article yields a handful). */
export const MAX_REVIEW_CLAIMS = 50;

/** The review step's form field names: the proposal rows and the claim rows post under these. */
export const reviewValueName = (field: string) => `review.${field}`;
export const reviewUseName = (field: string) => `use.${field}`;
export const reviewClaimName = (i: number, part: "kind" | "claimant" | "subject" | "evidence" | "use") => `claims.${i}.${part}`;

const Text = (max: number) => z.string().max(max, `At most ${max} characters`);

/**
 * The review step posted without JavaScript ("Continue to the form"): the article again, each proposal
 * as the analyst left it and whether to use it, and each claim. With JavaScript this never leaves the page.
 */
export const ReviewFormSchema = z.object({
  article: ExtractInputSchema,
  fields: z.array(z.object({ name: z.enum(REVIEW_FIELD_NAMES), value: Text(LIMITS.title), use: z.boolean() })),
  claims: z
    .array(
      z.object({
        kind: z.enum(CLAIM_KIND_NAMES),
        claimant: Text(LIMITS.title),
        subject: Text(LIMITS.title),
        evidence: Text(LIMITS.statement * 4),
        use: z.boolean(),
      }),
    )
    .max(MAX_REVIEW_CLAIMS),
});

/** The review form's FormData as the object ReviewFormSchema checks; unknown fields are ignored. */
export function reviewFormInput(formData: FormData, article: { text: string; url: string; publishedAt: string }) {
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const fields = REVIEW_FIELD_NAMES.flatMap((name) => {
    const value = text(reviewValueName(name));
    return value === undefined ? [] : [{ name, value, use: formData.has(reviewUseName(name)) }];
  });
  const claims = [];
  for (let i = 0; i <= MAX_REVIEW_CLAIMS && formData.has(reviewClaimName(i, "kind")); i++) {
    claims.push({
      kind: text(reviewClaimName(i, "kind")),
      claimant: text(reviewClaimName(i, "claimant")) ?? "",
      subject: text(reviewClaimName(i, "subject")) ?? "",
      evidence: text(reviewClaimName(i, "evidence")) ?? "",
      use: formData.has(reviewClaimName(i, "use")),
    });
  }
  return { article, fields, claims };
}
