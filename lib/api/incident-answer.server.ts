import "server-only";
import type { IncidentRecord } from "@/lib/incidents/record/record";
import { reportsAndProvenance } from "@/lib/incidents/record/record-provenance";
import { getLinkedIncidents } from "@/lib/incidents/links/link-queries.server";
import { linkForApi } from "@/lib/incidents/links/linked-incident";

/**
 * One incident as the API answers it, for GET, POST and PATCH alike (so a GET answer is a PATCH body
 * and a save answers with what a GET would): the record, its reports and provenance, and its links,
 * without links to records the reader may not read (decision 021).
 */
export async function incidentAnswer(incident: IncidentRecord, readsUnpublished: boolean) {
  const links = await getLinkedIncidents(incident.id, readsUnpublished);
  return { ...incident, ...reportsAndProvenance(incident), links: links.map(linkForApi) };
}
