import { CLAIM_KIND_OPTIONS, type ReviewClaim } from "@/lib/extract/review-fields";
import { fieldId } from "@/components/forms/field-id";
import { reviewClaimName } from "@/lib/extract/review-form";
import { ConfidenceBadge } from "./confidence-badge";
import { EvidenceControls } from "./evidence-controls";
import { spanOf } from "./proposal-row";
import type { Span } from "./article-text";
import styles from "./article-import.module.css";

type Props = {
  claim: ReviewClaim;
  index: number;
  selected: boolean;
  onChange: (patch: Partial<ReviewClaim>) => void;
  onSelect: () => void;
  onHover: (span: Span | null) => void;
};

/** A proposed claim: its kind, claimant and subject, each editable, and its sentence. */
export function ClaimRow({ claim, index, selected, onChange, onSelect, onHover }: Props) {
  const id = (f: string) => fieldId(`proposal.claims.${index}.${f}`);
  const label = `Claim ${index + 1}`;
  const span = spanOf(claim);
  const name = (part: Parameters<typeof reviewClaimName>[1]) => reviewClaimName(index, part);
  return (
    <fieldset
      className={[styles.proposalRow, "proposal-claim", claim.use ? null : styles.proposalCleared, selected ? styles.proposalSelected : null]
        .filter(Boolean)
        .join(" ")}
      onMouseEnter={() => onHover(span)}
      onMouseLeave={() => onHover(null)}
    >
      <legend>{label}</legend>
      <input type="hidden" name={name("evidence")} value={claim.evidence} />
      <div className={styles.proposalClaimFields}>
        <div className="field">
          <label htmlFor={id("kind")}>Kind</label>
          <select id={id("kind")} name={name("kind")} value={claim.kind} onChange={(e) => onChange({ kind: e.target.value as ReviewClaim["kind"], use: true })}>
            {CLAIM_KIND_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id("claimant")}>Claimant</label>
          <input id={id("claimant")} name={name("claimant")} value={claim.claimant} onChange={(e) => onChange({ claimant: e.target.value, use: true })} />
        </div>
        <div className="field">
          <label htmlFor={id("subject")}>Subject</label>
          <input id={id("subject")} name={name("subject")} value={claim.subject} onChange={(e) => onChange({ subject: e.target.value, use: true })} />
        </div>
      </div>
      <ConfidenceBadge confidence={claim.confidence} />
      <label className={styles.proposalUse}>
        <input type="checkbox" name={name("use")} checked={claim.use} onChange={(e) => onChange({ use: e.target.checked })} /> Use this value
      </label>
      <div className={styles.proposalEvidenceControls}>
        <EvidenceControls label={label} evidence={claim.evidence} span={span} selected={selected} onSelect={onSelect} />
      </div>
    </fieldset>
  );
}
