import type { IncidentFilter } from "@/lib/incidents/filter/filter";

/** Province codes as a file name shows them: "PK-KP" -> "KP", several joined with "+". */
const provincePart = (codes: readonly string[]) => codes.map((c) => c.replace(/^[A-Z]{2}-/, "")).join("+");

/**
 * A download's file name that says what it holds and when it was taken, so several exports sit
 * side by side in a downloads folder: atlas-incidents-2024-03-01_2024-03-31-KP-2026-12-05.csv,
 * "-filtered" when other filters (type, actor, text...) narrowed it too, "-excel" for the Excel CSV;
 * atlas-reports-… for the sources' reports (/api/export/reports.csv).
 */
export function exportFileName(filter: IncidentFilter, day: string, format: string, excel = false, subject: "incidents" | "reports" = "incidents"): string {
  const dates = filter.from || filter.to ? `${filter.from ?? "start"}_${filter.to ?? day}` : null;
  const places = filter.province.length ? provincePart(filter.province) : filter.country.length ? filter.country.join("+") : null;
  const narrowed =
    filter.eventType.length ||
    filter.subEventType.length ||
    filter.actor.length ||
    filter.q ||
    filter.status ||
    filter.disputed ||
    filter.minKilled !== undefined;
  const parts = [`atlas-${subject}`, dates, places, narrowed ? "filtered" : null, day, excel ? "excel" : null].filter(Boolean);
  return `${parts.join("-")}.${format}`;
}
