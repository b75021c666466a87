"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AddArticleSourceSchema, ExtractInputSchema } from "@/lib/extract/schema";
import { extractForUser } from "@/lib/extract/worker/extract-for-user.server";
import { REVIEW_INTENT, type AddSourceState, type ArticleFormInput, type ArticleImportState } from "@/lib/extract/import-state";
import { ReviewFormSchema, reviewFormInput } from "@/lib/extract/review-form";
import { articleFormValues } from "@/lib/extract/article-form-values";
import { findPossibleDuplicates } from "@/lib/incidents/duplicates/duplicates.server";
import { addSourceToIncident } from "@/lib/incidents/write/add-source.server";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { REPORT_FORM_FIELDS, reportFromFormRow } from "@/lib/incidents/form/report-form-values";
import { authorizeAction } from "@/lib/auth/authorize.server";

const NO_SUCH_INCIDENT = "That incident no longer exists: it may have been moved to the trash.";

function articleInput(formData: FormData): ArticleFormInput {
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  // Form submission sends line breaks as CRLF; the article is kept (and its offsets counted) with LF.
  return { text: text("text").replace(/\r\n?/g, "\n"), url: text("url"), publishedAt: text("publishedAt") };
}

/** Reads a pasted article: proposals for a draft incident, and the incidents it may already describe. */
export async function extractArticleAction(_prev: ArticleImportState, formData: FormData): Promise<ArticleImportState> {
  const values = articleInput(formData);
  const allowed = await authorizeAction("article:extract");
  if (!allowed.ok) return { status: "error", fieldErrors: { form: [allowed.denial.message] }, values };
  const intent = formData.get(REVIEW_INTENT.field);
  if (intent === REVIEW_INTENT.edit) return { status: "edit", values };
  if (intent === REVIEW_INTENT.continue) return continueToForm(formData, values);
  return readArticle(allowed.user.id, values);
}

/** The review step for an article as typed, or what is wrong with it. */
async function readArticle(userId: string, values: ArticleFormInput): Promise<ArticleImportState> {
  const parsed = ExtractInputSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: toFieldErrors(parsed.error), values };
  const extracted = await extractForUser(userId, parsed.data);
  if (extracted.status === "refused") return { status: "error", fieldErrors: { form: [extracted.message] }, values };
  const { proposals } = extracted;
  const [eventDate, latitude, longitude] = [proposals.eventDate?.value, proposals.latitude?.value, proposals.longitude?.value];
  const duplicates = eventDate && latitude !== undefined && longitude !== undefined ? await findPossibleDuplicates({ eventDate, latitude, longitude }) : [];
  return { status: "review", article: parsed.data, proposals, duplicates };
}

/** The review step posted without JavaScript: the incident form's starting values from what the analyst kept. */
function continueToForm(formData: FormData, values: ArticleFormInput): ArticleImportState {
  const parsed = ReviewFormSchema.safeParse(reviewFormInput(formData, values));
  if (!parsed.success) return { status: "error", fieldErrors: { form: ["The reviewed proposals could not be read: propose values again."] }, values };
  const { article, fields, claims } = parsed.data;
  return { status: "form", values: articleFormValues(article, fields, claims) };
}

/**
 * Adds the article, with its text as the archived copy and the reviewed figures as its report, as a
 * source of an existing incident. The incident's own figures stay as they are: its page then shows
 * where the new report differs from them, for the analyst to decide.
 */
export async function addArticleSourceAction(_prev: AddSourceState, formData: FormData): Promise<AddSourceState> {
  const allowed = await authorizeAction("incident:write");
  if (!allowed.ok) return { status: "error", message: allowed.denial.message, incidentId: null, review: null };
  const values = articleInput(formData);
  const postedId = Number(formData.get("incidentId"));
  const refuse = async (message: string): Promise<AddSourceState> => {
    const review = await readArticle(allowed.user.id, values);
    return { status: "error", message, incidentId: Number.isSafeInteger(postedId) ? postedId : null, review: review.status === "review" ? review : null };
  };
  const parsed = AddArticleSourceSchema.safeParse({ ...values, incidentId: formData.get("incidentId") });
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error);
    if (fieldErrors.incidentId) return refuse(NO_SUCH_INCIDENT);
    return refuse(Object.values(fieldErrors).flat()[0] ?? "The article is not valid");
  }
  const { incidentId: id, text, url, publishedAt } = parsed.data;
  if (!url) return refuse("Enter the article's URL first: a source needs one.");
  const field = (name: string) => String(formData.get(name) ?? "").trim();
  const report = reportFromFormRow(Object.fromEntries(REPORT_FORM_FIELDS.map((name) => [name, field(name)])));
  const result = await addSourceToIncident(
    id,
    {
      url,
      outlet: field("outlet"),
      headline: field("headline"),
      publishedAt: publishedAt ?? "",
      language: "en",
      archivedText: text,
      report,
    },
    allowed.user.id,
  );
  switch (result.status) {
    case "already_cited":
      return refuse("That incident already cites this article.");
    case "not_found":
      return refuse(NO_SUCH_INCIDENT);
    case "duplicates":
    case "invalid": {
      const messages = result.status === "invalid" ? Object.values(result.fieldErrors).flat() : [];
      return refuse(`The source could not be added: ${messages.join(" ") || "the incident did not validate"}`);
    }
  }
  revalidatePath("/");
  revalidatePath("/incidents");
  revalidatePath(`/incidents/${id}`);
  // A published record's new source waits for review with the rest of the edit (decision 024).
  redirect(result.status === "proposed" ? `/incidents/${id}?proposed=1` : `/incidents/${id}?added=${result.sourceId}`);
}
