import Link from "next/link";
import type { IncidentFilter } from "@/lib/incidents/filter/filter";
import { clearFilters, hrefFor, removeValue, type FilterKey } from "@/lib/incidents/filter/filter-url";
import { provinceByIso } from "@/lib/taxonomy/provinces";
import { countryByIso3 } from "@/lib/taxonomy/countries";
import { formatDay } from "@/lib/dates/format-date";
import styles from "./filter-chips.module.css";

const LABELS: Record<FilterKey, string> = {
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

/** One chip per value in the filter, each a link without it, and a link that clears them all. */
export function FilterChips({ filter, pageQuery, path }: { filter: IncidentFilter; pageQuery: string; path: string }) {
  const chips: { key: FilterKey; value?: string; text: string }[] = [];
  for (const iso of filter.province) chips.push({ key: "province", value: iso, text: provinceByIso(iso)?.name ?? iso });
  for (const c of filter.country) chips.push({ key: "country", value: c, text: countryByIso3(c)?.name ?? c });
  if (filter.from) chips.push({ key: "from", text: formatDay(filter.from) });
  if (filter.to) chips.push({ key: "to", text: formatDay(filter.to) });
  for (const t of filter.eventType) chips.push({ key: "eventType", value: t, text: t });
  for (const t of filter.subEventType) chips.push({ key: "subEventType", value: t, text: t });
  for (const a of filter.actor) chips.push({ key: "actor", value: a, text: a });
  if (filter.minKilled !== undefined) chips.push({ key: "minKilled", text: String(filter.minKilled) });
  if (filter.status) chips.push({ key: "status", text: filter.status });
  if (filter.disputed) chips.push({ key: "disputed", text: "disputed" });
  if (filter.q) chips.push({ key: "q", text: `“${filter.q}”` });
  if (chips.length === 0) return null;

  return (
    <nav className={styles.filterChips} aria-label="Active filters">
      <ul>
        {chips.map((c) => (
          <li key={`${c.key}:${c.value ?? ""}`} className={styles.chip}>
            <span>
              {LABELS[c.key]}: {c.text}
            </span>
            <Link
              href={hrefFor(path, removeValue(pageQuery, c.key, c.value))}
              scroll={false}
              aria-label={`Remove filter ${LABELS[c.key]}: ${c.text}`}
              className={styles.chipRemove}
            >
              ×
            </Link>
          </li>
        ))}
      </ul>
      <Link href={hrefFor(path, clearFilters(pageQuery))} scroll={false} className={styles.clearAll}>
        Clear all
      </Link>
    </nav>
  );
}
