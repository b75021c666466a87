import type { CodedFigures } from "@/lib/sources/coding/coded-figures";
import { codedFigureWords } from "@/lib/sources/coding/coded-figure-words";
import { REPORTED_FIELDS } from "@/lib/sources/report/reported-fields";
import styles from "./coded-figure-rules.module.css";

/**
 * How each casualty figure the sources report is coded, in words (docs/decisions/016-coded-figures.md):
 * "Killed (total): best 7: ISPR via Arab News; reports range 7–9 across 3 sources". Figures no source
 * reports and the analyst did not set are left out: there is no rule to tell; so is the whole list when
 * no source reports any figure.
 */
export function CodedFigureRules({ coded }: { coded: CodedFigures }) {
  const shown = REPORTED_FIELDS.filter((f) => coded[f.path].rule !== "entered");
  // Without any report there is nothing to weigh a figure against (the casualty table gives them).
  if (shown.length === 0 || !shown.some((f) => coded[f.path].range)) return null;
  return (
    <dl className={styles.rules} aria-label="How the figures are coded">
      {shown.map((f) => (
        <div key={f.path} className={styles.rule}>
          <dt>{f.label}</dt>
          <dd>{codedFigureWords(coded[f.path])}</dd>
        </div>
      ))}
    </dl>
  );
}
