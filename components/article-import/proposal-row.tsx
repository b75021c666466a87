import { chooseReading, type ReviewField } from "@/lib/extract/review-fields";
import { reviewUseName, reviewValueName } from "@/lib/extract/review-form";
import { fieldId } from "@/components/forms/field-id";
import { ConfidenceBadge } from "./confidence-badge";
import { EvidenceControls } from "./evidence-controls";
import { OtherReadings } from "./other-readings";
import type { Span } from "./article-text";
import styles from "./article-import.module.css";

type Props = {
  field: ReviewField;
  selected: boolean;
  onChange: (patch: Partial<ReviewField>) => void;
  onSelect: () => void;
  onHover: (span: Span | null) => void;
};

const spanOf = (f: { start: number | null; end: number | null }): Span | null => (f.start !== null && f.end !== null ? { start: f.start, end: f.end } : null);

/** One proposal: its value (editable), how sure the extractor is, whether to use it, and its sentence. */
export function ProposalRow({ field, selected, onChange, onSelect, onHover }: Props) {
  const id = fieldId(`proposal.${field.name}`);
  const span = spanOf(field);
  // Typing a value means the analyst wants it.
  const setValue = (value: string) => onChange({ value, use: true });
  return (
    <fieldset
      className={[styles.proposalRow, field.use ? null : styles.proposalCleared, selected ? styles.proposalSelected : null].filter(Boolean).join(" ")}
      onMouseEnter={() => onHover(span)}
      onMouseLeave={() => onHover(null)}
    >
      <legend>{field.label}</legend>
      <label htmlFor={id} className="visually-hidden">
        {field.label}
      </label>
      {field.input === "select" ? (
        <select id={id} name={reviewValueName(field.name)} value={field.value} onChange={(e) => setValue(e.target.value)}>
          {field.options!.some((o) => o.value === field.value) ? null : <option value={field.value}>{field.value}</option>}
          {field.options!.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={reviewValueName(field.name)}
          type={field.input}
          step={field.input === "number" ? "any" : undefined}
          value={field.value}
          onChange={(e) => setValue(e.target.value)}
        />
      )}
      <ConfidenceBadge confidence={field.confidence} />
      <label className={styles.proposalUse}>
        <input type="checkbox" name={reviewUseName(field.name)} checked={field.use} onChange={(e) => onChange({ use: e.target.checked })} /> Use this value
      </label>
      <div className={styles.proposalEvidenceControls}>
        <EvidenceControls label={field.label} evidence={field.evidence} span={span} selected={selected} onSelect={onSelect} />
      </div>
      <OtherReadings field={field} onChoose={(reading) => onChange(chooseReading(field, reading))} />
    </fieldset>
  );
}

export { spanOf };
