import Link from "next/link";
import type { IncidentFilter } from "@/lib/incidents/filter/filter";
import { clearFilters, hrefFor, removeValue } from "@/lib/incidents/filter/filter-url";
import { FILTER_LABELS as LABELS, filterValues } from "./filter-values";
import styles from "./filter-chips.module.css";

/** One chip per value in the filter, each a link without it, and a link that clears them all. */
export function FilterChips({ filter, pageQuery, path }: { filter: IncidentFilter; pageQuery: string; path: string }) {
  const chips = filterValues(filter);
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
