import { z } from "zod";
import { readJsonColumn } from "@/lib/validation/json-column";
import { LINK_DIRECTIONS, LINK_RELATION_NAMES, linkWords } from "@/lib/taxonomy/link-relations";

/**
 * What a link or unlink event stores about the other record (AuditEvent.link), seen from the incident
 * whose History it is in. The title is the other's as it was then: History reads as it did.
 */
export const LinkAuditSchema = z.object({
  /** merged_from: the other record was merged into this one; merged_into: this one into the other. */
  change: z.enum(["linked", "unlinked", "merged_from", "merged_into"]),
  relation: z.enum(LINK_RELATION_NAMES),
  direction: z.enum(LINK_DIRECTIONS),
  incidentId: z.number().int(),
  title: z.string(),
  note: z.string().nullish(),
});
export type LinkAudit = z.infer<typeof LinkAuditSchema>;

/** A stored link event's JSON, or null when there is none or it cannot be read. */
export function readLinkAudit(json: string | null | undefined): LinkAudit | null {
  return readJsonColumn(LinkAuditSchema, json);
}

const TITLE_WORDS = 80;

/** "linked: response to #12 Suicide truck-bomb and gun attack…", "unlinked: same event as #7 …", "merged into #7 …". */
export function describeLinkChange(link: LinkAudit): string {
  const title = link.title.length > TITLE_WORDS ? `${link.title.slice(0, TITLE_WORDS - 1).trimEnd()}…` : link.title;
  const note = link.note ? ` (note: ${link.note})` : "";
  if (link.change === "merged_from") return `merged into this record: #${link.incidentId} ${title}${note}`;
  if (link.change === "merged_into") return `merged into #${link.incidentId} ${title}${note}`;
  return `${link.change}: ${linkWords(link.relation, link.direction)} #${link.incidentId} ${title}${note}`;
}
