import type { Ref } from "react";
import styles from "./article-import.module.css";

export type Span = { start: number; end: number };

type Props = { text: string; spans: readonly Span[]; active: Span | null; activeRef?: Ref<HTMLElement> };

/** Splits `text` at every span boundary and marks the pieces that lie inside a span. */
function markedPieces(text: string, spans: readonly Span[], from: number, to: number) {
  const cuts = new Set([from, to]);
  for (const s of spans) for (const c of [s.start, s.end]) if (c > from && c < to) cuts.add(c);
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((a, i) => {
    const b = sorted[i + 1]!;
    const piece = text.slice(a, b);
    return spans.some((s) => s.start <= a && b <= s.end) ? (
      <mark key={a} className={styles.evidence}>
        {piece}
      </mark>
    ) : (
      piece
    );
  });
}

/**
 * The pasted article with every evidence sentence lightly marked and the selected proposal's
 * sentence marked strongly, as one element (aria-current) so it can be scrolled to and read out.
 */
export function ArticleText({ text, spans, active, activeRef }: Props) {
  if (!active) return <>{markedPieces(text, spans, 0, text.length)}</>;
  return (
    <>
      {markedPieces(text, spans, 0, active.start)}
      <mark className={`${styles.evidence} ${styles.evidenceActive}`} aria-current="true" ref={activeRef}>
        {text.slice(active.start, active.end)}
      </mark>
      {markedPieces(text, spans, active.end, text.length)}
    </>
  );
}
