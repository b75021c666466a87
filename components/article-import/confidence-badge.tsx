import { confidenceWords, formatConfidence } from "@/lib/extract/review-fields";
import styles from "./article-import.module.css";

const LEVEL_CLASS = { high: styles.confidenceHigh, medium: styles.confidenceMedium, low: styles.confidenceLow };

/** How sure the extractor is, in words and as a number: "high · 0.86". */
export function ConfidenceBadge({ confidence }: { confidence: number }) {
  return (
    <span className={`${styles.confidence} ${LEVEL_CLASS[confidenceWords(confidence)]}`}>
      <span className="visually-hidden">Confidence: </span>
      {formatConfidence(confidence)}
    </span>
  );
}
