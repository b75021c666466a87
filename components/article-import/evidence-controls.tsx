import type { Span } from "./article-text";
import styles from "./article-import.module.css";

type Props = {
  label: string;
  evidence: string;
  span: Span | null;
  selected: boolean;
  onSelect: () => void;
};

/** "Show in article" for a proposal found in the text; a proposal read from the URL says so instead. */
export function EvidenceControls({ label, evidence, span, selected, onSelect }: Props) {
  if (!span) return <span className={`muted ${styles.proposalFromUrl}`}>From the URL</span>;
  return (
    <>
      <button
        type="button"
        className="button secondary small"
        aria-label={`Show in article: ${label}`}
        aria-pressed={selected}
        aria-controls="article-text"
        onClick={onSelect}
      >
        Show in article
      </button>
      {selected ? <blockquote className={styles.proposalEvidence}>{evidence}</blockquote> : null}
    </>
  );
}
