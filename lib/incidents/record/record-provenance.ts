import type { IncidentRecord } from "@/lib/incidents/record/record";
import { codedCasualties } from "@/lib/incidents/coded-casualties";
import { incidentProvenance } from "@/lib/sources/provenance/incident-provenance";

/**
 * The API's view of where an incident's values come from (GET /api/incidents/{id}, issue #13 part 4):
 * `reports`, one per source with what it states and who it attributes it to (a report's id is its
 * source's id), and `provenance`, for each coded figure, the date, the place and the perpetrator:
 * the value, the rule, the analyst's reason, and the ids of the reports it rests on.
 */
export function reportsAndProvenance(incident: IncidentRecord) {
  const reports = incident.sources.map((s) => ({
    id: s.id,
    outlet: s.outlet,
    url: s.url,
    datasetRecord: s.datasetRecord,
    publishedAt: s.publishedAt,
    originator: s.report.originator,
    figures: s.report.figures,
    facts: s.report.facts,
  }));
  const full = incidentProvenance(incident, codedCasualties(incident));
  const provenance = Object.fromEntries(
    Object.entries(full).map(([field, p]) => [field, { value: p.value, rule: p.rule, reason: p.reason, reportIds: p.reportIds, words: p.words }]),
  );
  return { reports, provenance };
}
