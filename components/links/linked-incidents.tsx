import Link from "next/link";
import type { LinkedIncident } from "@/lib/incidents/links/linked-incident";
import { linkHeading } from "@/lib/taxonomy/link-relations";
import { formatEventDate } from "@/lib/dates/format-date";
import { formatCount } from "@/lib/format/count";
import { StatusBadge } from "@/components/ui/status-badge";
import { RemoveLinkForm } from "./remove-link-form";
import { MergeLinkForm } from "./merge-link-form";
import styles from "./linked-incidents.module.css";

type Props = {
  incidentId: number;
  links: LinkedIncident[];
  /** Analysts and admins: the empty state, the remove buttons (the page adds the form). */
  mayWrite: boolean;
};

/** The incident's links in words: "Response to · 16 March 2024 · Suicide truck-bomb… · 12 killed". */
export function LinkedIncidents({ incidentId, links, mayWrite }: Props) {
  if (links.length === 0) return mayWrite ? <p className="muted">No linked incidents yet.</p> : null;
  return (
    <ul className={styles.linkList}>
      {links.map((link) => (
        <li key={link.linkId}>
          <span className={styles.relation}>{linkHeading(link.relation, link.direction)}</span>{" "}
          <span className="muted">{formatEventDate(link.eventDate, link.datePrecision, link.endDate)} ·</span>{" "}
          <Link href={`/incidents/${link.incidentId}`}>{link.title}</Link>
          {link.status !== "published" ? <StatusBadge status={link.status} /> : null}{" "}
          <span className="muted">· {link.killedTotal === null ? "killed not reported" : `${formatCount(link.killedTotal)} killed`}</span>
          {link.note ? <p className={styles.note}>{link.note}</p> : null}
          {mayWrite && link.relation === "same_event" ? <MergeLinkForm incidentId={incidentId} link={link} /> : null}
          {mayWrite ? <RemoveLinkForm incidentId={incidentId} link={link} /> : null}
        </li>
      ))}
    </ul>
  );
}
