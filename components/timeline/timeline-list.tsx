import Link from "next/link";
import type { IncidentListItem } from "@/lib/incidents/list/list-item";
import { formatEventDate, formatMonth } from "@/lib/dates/format-date";
import { formatCountShort } from "@/lib/format/count";
import styles from "./timeline-list.module.css";
import { StatusBadge } from "@/components/ui/status-badge";

/** Items grouped by month of their event date, keeping the order they come in. */
export function groupByMonth(items: IncidentListItem[]): { month: string; items: IncidentListItem[] }[] {
  const groups: { month: string; items: IncidentListItem[] }[] = [];
  for (const item of items) {
    const month = item.eventDate.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last?.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}

/** The filtered incidents in time order, a card each, under a heading per month. */
export function TimelineList({ items }: { items: IncidentListItem[] }) {
  return (
    <div>
      {groupByMonth(items).map((g) => (
        <section key={g.month} aria-labelledby={`month-${g.month}`}>
          <h3 id={`month-${g.month}`} className={styles.monthHeading}>
            {formatMonth(g.month)}
          </h3>
          <ul className={styles.incidentCards}>
            {g.items.map((i) => (
              <li key={i.id}>
                <article className={styles.incidentCard} aria-labelledby={`incident-${i.id}`}>
                  <p className="muted">
                    <time dateTime={i.eventDate}>{formatEventDate(i.eventDate, i.datePrecision, i.endDate)}</time>
                  </p>
                  <h4 id={`incident-${i.id}`}>
                    <Link href={`/incidents/${i.id}`} prefetch={false}>
                      {i.title}
                    </Link>
                    <StatusBadge status={i.status} />
                  </h4>
                  <p>{[i.location, i.district, i.province ?? i.countryName].filter(Boolean).join(", ")}</p>
                  <p>
                    Killed {formatCountShort(i.killedTotal)} · injured {formatCountShort(i.injuredTotal)} · {i.sourceCount}{" "}
                    {i.sourceCount === 1 ? "source" : "sources"}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
