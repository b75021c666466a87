import { REPORTED_FIELD_PATHS, type ReportedField } from "@/lib/sources/report/reported-fields";
import type { SourceReportInput } from "@/lib/sources/report/report-schema";
import type { ReviewField } from "./review-fields";

type ReviewedReport = SourceReportInput & { originator: string; figures: Partial<Record<ReportedField, { value: number; quote: string }>> };

const isReported = (name: string): name is ReportedField => (REPORTED_FIELD_PATHS as readonly string[]).includes(name);

/**
 * The article's report, from the review: each casualty figure the analyst kept, with the sentence
 * that states it as its quote. A value the analyst typed that no reading of the article gave has
 * no sentence behind it, so it goes in without a quote rather than with a sentence that says otherwise.
 */
export function reportFromReview(fields: readonly ReviewField[]): ReviewedReport {
  const figures: ReviewedReport["figures"] = {};
  for (const field of fields) {
    if (!field.use || !isReported(field.name) || field.value.trim() === "") continue;
    const value = Number(field.value);
    if (!Number.isSafeInteger(value)) continue;
    const reading = field.readings.find((r) => Number(r.value) === value);
    figures[field.name] = { value, quote: reading?.evidence ?? "" };
  }
  return { originator: "", figures };
}
