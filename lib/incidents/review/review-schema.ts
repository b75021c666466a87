import { z } from "zod";
import { IdParamSchema, MAX_RECORD_ID } from "@/lib/validation/id-param";
import { REVIEW_STEPS } from "./transitions";
import { FieldCommentSchema, REVIEW_LIMITS } from "@/lib/incidents/audit/review-comments";

/** How many comment rows the send-back form offers (empty rows are left out). */
export const COMMENT_ROWS = 3;

/** One review step from the record's page: the step, the version seen, and a reason or comments. */
export const ReviewStepFormSchema = z
  .object({
    incidentId: IdParamSchema,
    version: z.coerce.number().int().min(1).max(MAX_RECORD_ID),
    step: z.enum(REVIEW_STEPS, { error: "Choose a review step" }),
    reason: z
      .string()
      .trim()
      .max(REVIEW_LIMITS.reason, `A reason must be at most ${REVIEW_LIMITS.reason} characters`)
      .optional()
      .transform((v) => v || null),
    comments: z.array(FieldCommentSchema).max(REVIEW_LIMITS.fieldComments).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.step === "reject" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why the record is rejected" });
    if (v.step === "send_back" && v.comments.length === 0)
      ctx.addIssue({ code: "custom", path: ["comments"], message: "Write at least one comment on what to change" });
  });
export type ReviewStepForm = z.output<typeof ReviewStepFormSchema>;

/** The form's fields as the schema's input: comment rows without a comment are left out. */
export function reviewStepInput(formData: FormData) {
  const comments = [];
  for (let i = 0; i < COMMENT_ROWS; i++) {
    const comment = String(formData.get(`comments.${i}.comment`) ?? "").trim();
    if (comment) comments.push({ field: String(formData.get(`comments.${i}.field`) ?? "record"), comment });
  }
  return {
    incidentId: formData.get("incidentId"),
    version: formData.get("version"),
    step: formData.get("step"),
    reason: formData.get("reason") ?? undefined,
    comments,
  };
}

/** Bulk publishing from the review queue: the records ticked, each with the version listed. */
export const BulkPublishSchema = z.object({
  items: z
    .array(z.object({ incidentId: IdParamSchema, version: z.coerce.number().int().min(1).max(MAX_RECORD_ID) }))
    .min(1, "Tick the records to publish")
    .max(200, "Publish at most 200 records at once"),
});

/** Ticked boxes carry "id:version". */
export function bulkPublishInput(formData: FormData) {
  return {
    items: formData.getAll("item").map((v) => {
      const [incidentId, version] = String(v).split(":");
      return { incidentId, version };
    }),
  };
}
