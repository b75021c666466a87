import Link from "next/link";
import { WhyLink } from "./why-link";
import type { IncidentListProps } from "./incident-table";
import { formatEventDate } from "@/lib/dates/format-date";
import { formatCountShort } from "@/lib/format/count";
import { SortLink, sortedBy } from "./sort-link";
import styles from "./incident-list.module.css";
import { StatusBadge } from "@/components/ui/status-badge";

/** The incident list on a narrow screen: the table's rows as cards, in the same order, with the sort links above. */
export function IncidentCards({ items, order, sortHref }: IncidentListProps) {
  return (
    <>
      <nav className={styles.sortBy} aria-label="Sort incidents">
        <span className="muted">Sorted by {sortedBy(order)}. Sort by:</span>
        <ul>
          <li>
            <SortLink column="date" label="Date" order={order} hrefFor={sortHref} />
          </li>
          <li>
            <SortLink column="killed" label="Killed" order={order} hrefFor={sortHref} />
          </li>
        </ul>
      </nav>
      <ol className={styles.cards} aria-label="Incidents">
        {items.map((i) => (
          <li key={i.id} className={styles.card}>
            <p className={styles.cardTitle}>
              <Link href={`/incidents/${i.id}`}>{i.title}</Link>
              <StatusBadge status={i.status} />
            </p>
            <p className="muted">
              {formatEventDate(i.eventDate, i.datePrecision, i.endDate)} · {[i.location, i.district, i.province ?? i.countryName].filter(Boolean).join(", ")}
            </p>
            <dl className={styles.figures}>
              <div>
                <dt>Killed</dt>
                <dd>
                  <WhyLink incidentId={i.id} field="killed.total" label={`${formatCountShort(i.killedTotal)} killed`}>
                    {formatCountShort(i.killedTotal)}
                  </WhyLink>
                </dd>
              </div>
              <div>
                <dt>Injured</dt>
                <dd>
                  <WhyLink incidentId={i.id} field="injured.total" label={`${formatCountShort(i.injuredTotal)} injured`}>
                    {formatCountShort(i.injuredTotal)}
                  </WhyLink>
                </dd>
              </div>
              <div>
                <dt>Sources</dt>
                <dd>{i.sourceCount}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
    </>
  );
}
