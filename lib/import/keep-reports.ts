import type { IncidentInput } from "@/lib/incidents/schema";
import { sourceRef } from "@/lib/sources/schema";

const refOf = (s: { url?: string | null; datasetRecord?: string | null }) => sourceRef({ url: s.url ?? null, datasetRecord: s.datasetRecord });

/**
 * A CSV row that updates an incident, with the existing reports of the sources it still cites: Atlas's
 * CSV has no report columns yet (docs/decisions/015-source-reports.md), so an update from it must not
 * erase what the sources were recorded as saying. A source the row no longer cites goes with its report.
 */
export function keepExistingReports(existing: IncidentInput, row: IncidentInput): IncidentInput {
  const reports = new Map((existing.sources ?? []).map((s) => [refOf(s), s.report]));
  return {
    ...row,
    sources: (row.sources ?? []).map((s) => ({ ...s, report: reports.get(refOf(s)) ?? s.report })),
    // Nor has it the figures' coding (docs/decisions/016-coded-figures.md): the analyst's choices stay.
    coding: row.coding ?? existing.coding,
  };
}
