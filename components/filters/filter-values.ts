import type { IncidentFilter } from "@/lib/incidents/filter/filter";
import type { FilterKey } from "@/lib/incidents/filter/filter-url";
import { provinceByIso } from "@/lib/taxonomy/provinces";
import { countryByIso3 } from "@/lib/taxonomy/countries";
import { formatDay } from "@/lib/dates/format-date";
import { STATUS_FILTER_LABELS } from "@/lib/taxonomy/statuses";

export const FILTER_LABELS: Record<FilterKey, string> = {
  province: "Province",
  country: "Country",
  from: "From",
  to: "To",
  eventType: "Event type",
  subEventType: "Sub-type",
  actor: "Actor",
  minKilled: "Killed at least",
  status: "Status",
  disputed: "Figures",
  q: "Search",
};

export type FilterValue = { key: FilterKey; value?: string; text: string };

/** Each value the filter applies, in the order the chips show them; their number is what the collapsed panel says. */
export function filterValues(filter: IncidentFilter): FilterValue[] {
  const values: FilterValue[] = [];
  for (const iso of filter.province) values.push({ key: "province", value: iso, text: provinceByIso(iso)?.name ?? iso });
  for (const c of filter.country) values.push({ key: "country", value: c, text: countryByIso3(c)?.name ?? c });
  if (filter.from) values.push({ key: "from", text: formatDay(filter.from) });
  if (filter.to) values.push({ key: "to", text: formatDay(filter.to) });
  for (const t of filter.eventType) values.push({ key: "eventType", value: t, text: t });
  for (const t of filter.subEventType) values.push({ key: "subEventType", value: t, text: t });
  for (const a of filter.actor) values.push({ key: "actor", value: a, text: a });
  if (filter.minKilled !== undefined) values.push({ key: "minKilled", text: String(filter.minKilled) });
  if (filter.status) values.push({ key: "status", text: STATUS_FILTER_LABELS[filter.status] });
  if (filter.disputed) values.push({ key: "disputed", text: "disputed" });
  if (filter.q) values.push({ key: "q", text: `“${filter.q}”` });
  return values;
}

/** The collapsed filter panel's summary: "Filters" and how many apply. */
export function filtersSummary(count: number): string {
  return count === 0 ? "Filters: none apply" : `Filters: ${count} ${count === 1 ? "applies" : "apply"}`;
}

/** The filter in words, one line a value ("Province: Khyber Pakhtunkhwa"), its dates left out (the bulletin names its period). */
export function describeFilter(filter: IncidentFilter): string[] {
  return filterValues(filter)
    .filter((v) => v.key !== "from" && v.key !== "to")
    .map((v) => `${FILTER_LABELS[v.key]}: ${v.text}`);
}
