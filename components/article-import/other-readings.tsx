"use client";

import { otherReadings, readingLabel, type Reading, type ReviewField } from "@/lib/extract/review-fields";
import { fieldId } from "@/components/forms/field-id";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ConfidenceBadge } from "./confidence-badge";
import styles from "./article-import.module.css";

type Props = { field: ReviewField; onChoose: (reading: Reading) => void };

/** A sentence cut to about `max` characters at a word, so a long one does not push the review apart. */
function shorten(sentence: string, max = 160): string {
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

/**
 * The extractor's other readings of a field ("7" beside a proposed "13"), each with the sentence it
 * came from. With JavaScript one click puts a reading in the field; without it they are shown for the
 * analyst to type in.
 */
export function OtherReadings({ field, onChoose }: Props) {
  const hydrated = useHydrated();
  const others = otherReadings(field);
  if (!others.length) return null;
  const titleId = fieldId(`readings.${field.name}`);
  return (
    <div className={styles.proposalReadings}>
      <p id={titleId} className={styles.proposalReadingsTitle}>
        Other readings
      </p>
      <ul aria-labelledby={titleId}>
        {others.map((reading) => {
          const label = readingLabel(field, reading.value) || "(empty)";
          return (
            <li key={reading.value}>
              {hydrated ? (
                <button type="button" className="button secondary small" aria-label={`Use ${label} for ${field.label}`} onClick={() => onChoose(reading)}>
                  {label}
                </button>
              ) : (
                <strong>{label}</strong>
              )}{" "}
              <ConfidenceBadge confidence={reading.confidence} /> <q className={styles.proposalReadingEvidence}>{shorten(reading.evidence)}</q>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
