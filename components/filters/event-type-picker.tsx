"use client";

import { EVENT_TYPE_NAMES } from "@/lib/taxonomy/event-types";
import styles from "./event-type-picker.module.css";
import picker from "./filter-picker.module.css";

type Props = { selected: string[]; onToggle: (type: string) => void };

/**
 * Several event types at once, as checkboxes in a fieldset inside a disclosure, like the provinces:
 * keyboards and screen readers handle a fieldset best, and without JavaScript the checked boxes are
 * submitted as repeated `eventType` parameters.
 */
export function EventTypePicker({ selected, onToggle }: Props) {
  const chosen = EVENT_TYPE_NAMES.filter((t) => selected.includes(t));
  return (
    <details className={picker.picker}>
      <summary>
        Event types: <span className="summary-value">{chosen.length ? chosen.join(", ") : "all"}</span>
      </summary>
      <fieldset className={styles.choices}>
        <legend>Event type</legend>
        <ul>
          {EVENT_TYPE_NAMES.map((t) => (
            <li key={t}>
              <label>
                <input type="checkbox" name="eventType" value={t} checked={selected.includes(t)} onChange={() => onToggle(t)} /> {t}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}
