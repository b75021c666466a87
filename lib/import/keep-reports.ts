import type { IncidentInput } from "@/lib/incidents/schema";
import { normaliseUrl } from "@/lib/sources/schema";

const urlKey = (url: string) => {
  try {
    return normaliseUrl(url);
  } catch {
    return url.trim();
  }
};

/**
 * A CSV row that updates an incident, with the existing reports of the sources it still cites: Atlas's
 * CSV has no report columns yet (docs/decisions/015-source-reports.md), so an update from it must not
 * erase what the sources were recorded as saying. A source the row no longer cites goes with its report.
 */
export function keepExistingReports(existing: IncidentInput, row: IncidentInput): IncidentInput {
  const reports = new Map((existing.sources ?? []).map((s) => [urlKey(s.url), s.report]));
  return {
    ...row,
    sources: (row.sources ?? []).map((s) => ({ ...s, report: reports.get(urlKey(s.url)) ?? s.report })),
    // Nor has it the figures' coding (docs/decisions/016-coded-figures.md): the analyst's choices stay.
    coding: row.coding ?? existing.coding,
  };
}
