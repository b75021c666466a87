import type { LinkDirection, LinkRelation } from "@/lib/taxonomy/link-relations";
import { LINK_RELATION_NAMES } from "@/lib/taxonomy/link-relations";
import type { Status } from "@/lib/taxonomy/statuses";
import type { ApiLink } from "./link-record-schema";

/** One link of an incident, seen from it, with what its page shows of the other record. */
export type LinkedIncident = {
  linkId: number;
  relation: LinkRelation;
  direction: LinkDirection;
  note: string | null;
  incidentId: number;
  title: string;
  status: Status;
  /** YYYY-MM-DD */
  eventDate: string;
  endDate: string | null;
  datePrecision: string;
  killedTotal: number | null;
};

const ORDER: Record<LinkDirection, number> = { outgoing: 0, mutual: 1, incoming: 2 };

/** Grouped as the page lists them (relation, then which way), each group by the other's date. */
export function sortLinks(links: LinkedIncident[]): LinkedIncident[] {
  return [...links].sort(
    (a, b) =>
      LINK_RELATION_NAMES.indexOf(a.relation) - LINK_RELATION_NAMES.indexOf(b.relation) ||
      ORDER[a.direction] - ORDER[b.direction] ||
      a.eventDate.localeCompare(b.eventDate) ||
      a.incidentId - b.incidentId,
  );
}

/** What the API and the exports carry of a link: the relation, which way it reads, and the other record. */
export function linkForApi({ relation, direction, incidentId, title, eventDate }: LinkedIncident): ApiLink {
  return { relation, direction, incidentId, title, eventDate };
}
