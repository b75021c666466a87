"use client";

import { useEffect, useRef, useState } from "react";
import type { ReviewClaim, ReviewField } from "@/lib/extract/review-fields";
import type { ParsedExtractInput } from "@/lib/extract/schema";
import { ArticleText, type Span } from "./article-text";
import { ProposalRow, spanOf } from "./proposal-row";
import { ClaimRow } from "./claim-row";
import { UndatedNote } from "./undated-note";
import styles from "./article-import.module.css";

export type Review = { fields: ReviewField[]; claims: ReviewClaim[] };

type Props = {
  article: ParsedExtractInput;
  review: Review;
  onChange: (review: Review) => void;
};

/**
 * Step 2: each proposal beside the article. Hovering a row or pressing "Show in article" marks its
 * sentence; every sentence a proposal came from stays lightly marked.
 */
export function ProposalReview({ article, review, onChange }: Props) {
  const [selected, setSelected] = useState<string | null>(null);
  const [hovered, setHovered] = useState<Span | null>(null);
  const activeRef = useRef<HTMLElement>(null);

  const rows = [...review.fields.map((f) => ({ key: f.name, span: spanOf(f) })), ...review.claims.map((c, i) => ({ key: `claim.${i}`, span: spanOf(c) }))];
  const spans = rows.flatMap((r) => (r.span ? [r.span] : []));
  const active = hovered ?? rows.find((r) => r.key === selected)?.span ?? null;

  useEffect(() => {
    if (selected) activeRef.current?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  const setField = (i: number, patch: Partial<ReviewField>) => onChange({ ...review, fields: review.fields.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  const setClaim = (i: number, patch: Partial<ReviewClaim>) => onChange({ ...review, claims: review.claims.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const toggle = (key: string) => setSelected((s) => (s === key ? null : key));

  return (
    <div className={styles.proposalReview}>
      <div className={styles.proposalList}>
        {review.fields.length ? null : <p>Nothing could be read from this article: continue to fill in the form by hand.</p>}
        <UndatedNote article={article} fields={review.fields} />
        {review.fields.map((f, i) => (
          <ProposalRow
            key={f.name}
            field={f}
            selected={selected === f.name}
            onChange={(patch) => setField(i, patch)}
            onSelect={() => toggle(f.name)}
            onHover={setHovered}
          />
        ))}
        <h3>Claims</h3>
        {review.claims.length ? null : <p className="muted">No claims of responsibility, origin, attribution or denial were found.</p>}
        {review.claims.map((c, i) => (
          <ClaimRow
            key={i}
            claim={c}
            index={i}
            selected={selected === `claim.${i}`}
            onChange={(patch) => setClaim(i, patch)}
            onSelect={() => toggle(`claim.${i}`)}
            onHover={setHovered}
          />
        ))}
      </div>
      <section className={`${styles.articlePanel} card`} aria-labelledby="article-panel-title">
        <h3 id="article-panel-title">Article</h3>
        <div id="article-text" className={styles.articleText} tabIndex={0}>
          <ArticleText text={article.text} spans={spans} active={active} activeRef={activeRef} />
        </div>
      </section>
    </div>
  );
}
