import type { Ref } from "react";
import type { PossibleDuplicate } from "@/lib/incidents/duplicates/find-duplicates";
import { CONFIRM_DUPLICATE_FIELD } from "@/lib/incidents/form/form-state";
import { formatDay } from "@/lib/dates/format-date";
import { SubmitButton } from "@/components/forms/submit-button";
import styles from "./incident-form.module.css";

/**
 * Shown instead of saving when a record of the same day and place exists: the analyst can open it
 * (in a new tab, so nothing typed here is lost) to add the source there, or save this one anyway.
 */
export function DuplicateWarning({ duplicates, ref }: { duplicates: PossibleDuplicate[]; ref?: Ref<HTMLDivElement> }) {
  return (
    <div className={`notice ${styles.duplicateWarning}`} role="alert" aria-labelledby="duplicate-title" tabIndex={-1} ref={ref}>
      <h2 id="duplicate-title">Possible duplicate</h2>
      <p>
        {duplicates.length === 1 ? "An incident" : `${duplicates.length} incidents`} of the same day (±1 day) within 25 km{" "}
        {duplicates.length === 1 ? "is" : "are"} already recorded. If it is the same event, open it and add your source there.
      </p>
      <ul>
        {duplicates.map((d) => (
          <li key={d.id}>
            <a href={`/incidents/${d.id}`} target="_blank" rel="noopener">
              {d.title}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>{" "}
            <span className="muted">
              {formatDay(d.eventDate)}
              {d.location ? ` · ${d.location}` : ""} · {d.distanceKm.toFixed(1)} km away
            </span>{" "}
            <a href={`/incidents/${d.id}/edit`} target="_blank" rel="noopener">
              Add the source there<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
      <SubmitButton name={CONFIRM_DUPLICATE_FIELD} value="1" className="button secondary">
        Save anyway: it is a different event
      </SubmitButton>
    </div>
  );
}
