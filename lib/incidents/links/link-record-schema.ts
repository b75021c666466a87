import { z } from "zod";
import { MAX_RECORD_ID } from "@/lib/validation/id-param";
import { LINK_DIRECTIONS, LINK_RELATION_NAMES } from "@/lib/taxonomy/link-relations";

/** One link as the API and the exports carry it, seen from the incident that holds it (decision 021). */
export const ApiLinkSchema = z.object({
  relation: z.enum(LINK_RELATION_NAMES).describe("response_to, part_of or same_event"),
  direction: z
    .enum(LINK_DIRECTIONS)
    .describe("outgoing: this incident is a response to (part of) the other; incoming: the other is a response to (part of) this one; mutual: same event"),
  incidentId: z.number().int().positive().max(MAX_RECORD_ID, "The id is too large").describe("The other incident"),
  title: z.string(),
  eventDate: z.string().describe("The other incident's date, YYYY-MM-DD"),
});
export type ApiLink = z.infer<typeof ApiLinkSchema>;

/** What GET /api/incidents/{id} adds to the record: links the reader may see (none to unpublished records for visitors). */
export const IncidentLinksSchema = z.object({ links: z.array(ApiLinkSchema) }).meta({ id: "IncidentLinks" });
