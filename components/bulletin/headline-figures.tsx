import Link from "next/link";
import { formatNumber } from "@/lib/format/intl";
import { bulletinHeadlines, type BulletinFigures } from "@/lib/incidents/bulletin/bulletin-headlines";
import styles from "@/components/trends/period-comparison.module.css";

/** The period's headline figures and their change, every number a link to the incidents behind it. */
export function HeadlineFigures({ figures, filterQuery }: { figures: BulletinFigures; filterQuery: string }) {
  return (
    <section aria-labelledby="headline-heading" className="card">
      <h2 id="headline-heading">Headline figures</h2>
      <dl className={styles.figures}>
        {bulletinHeadlines(figures, filterQuery).map((h) => (
          <div key={h.name} className={styles.figure}>
            <dt>{h.name}</dt>
            <dd className={styles.value}>
              <Link href={h.href}>{formatNumber(h.value)}</Link>
            </dd>
            {h.changes.map((c) => (
              <dd key={c.period}>
                {c.text} (<Link href={c.href}>{formatNumber(c.value)}</Link>)
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
