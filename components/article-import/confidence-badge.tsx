import { confidenceWords, formatConfidence } from "@/lib/extract/review-fields";

/** How sure the extractor is, in words and as a number: "high · 0.86". */
export function ConfidenceBadge({ confidence }: { confidence: number }) {
  return (
    <span className={`confidence confidence-${confidenceWords(confidence)}`}>
      <span className="visually-hidden">Confidence: </span>
      {formatConfidence(confidence)}
    </span>
  );
}
