import Link from "next/link";
import { formatDay, formatEventDate } from "@/lib/dates/format-date";
import { formatNumber } from "@/lib/format/intl";
import type { BulletinIncident } from "@/lib/incidents/bulletin/bulletin-types";
import { SourceName } from "@/components/incident/source-name";
import styles from "./deadliest-list.module.css";

/** The period's deadliest incidents, numbered as on the map, each with its toll and every source. */
export function DeadliestList({ incidents }: { incidents: BulletinIncident[] }) {
  return (
    <section aria-labelledby="deadliest-heading" className="card">
      <h2 id="deadliest-heading">{incidents.length === 1 ? "The deadliest incident" : `The ${formatNumber(incidents.length)} deadliest incidents`}</h2>
      {incidents.length === 0 ? <p className="muted">No incident matches.</p> : null}
      <ol className={styles.list}>
        {incidents.map((incident) => {
          const place = [incident.location, incident.district, incident.province ?? incident.countryName].filter(Boolean).join(", ");
          const href = `/incidents/${incident.id}`;
          return (
            <li key={incident.id}>
              <h3 className={styles.title}>
                <Link href={href}>{incident.title}</Link>
              </h3>
              <p className={styles.facts}>
                {formatEventDate(incident.eventDate, incident.datePrecision, incident.endDate)} · {place} · {incident.eventType} ·{" "}
                {incident.killedTotal === null ? "killed not reported" : <Link href={href}>{formatNumber(incident.killedTotal)} killed</Link>}
                {incident.injuredTotal === null ? null : (
                  <>
                    , <Link href={href}>{formatNumber(incident.injuredTotal)} injured</Link>
                  </>
                )}
              </p>
              <ul className={styles.sources} aria-label={`Sources for ${incident.title}`}>
                {incident.sources.map((s) => (
                  <li key={s.id}>
                    <SourceName source={s}>{s.outlet}</SourceName>
                    {s.headline ? `: ${s.headline}` : null}
                    {s.publishedAt ? ` (${formatDay(s.publishedAt)})` : null}
                    <span className={styles.url}>{s.url}</span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
