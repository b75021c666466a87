import { FILTER_KEYS } from "./filter";

/**
 * Building the next URL when a filter control changes. Pure, shared by the filter panel, the chips,
 * the map's province layer and the histogram brush: they only write the URL, every view reads it.
 * Any filter change goes back to the first page of the list.
 */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The query string with the given filter parameters replaced (an empty list or "" removes one). */
export function withFilter(query: string, changes: Partial<Record<FilterKey, string | readonly string[] | undefined>>): string {
  const next = new URLSearchParams(query);
  next.delete("page");
  for (const [key, value] of Object.entries(changes)) {
    next.delete(key);
    for (const v of value === undefined ? [] : typeof value === "string" ? [value] : value) {
      if (v.trim() !== "") next.append(key, v.trim());
    }
  }
  return next.toString();
}

/** All values of a repeatable parameter, whether repeated or comma-separated. */
export function valuesOf(query: string, key: FilterKey): string[] {
  return new URLSearchParams(query)
    .getAll(key)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Adds the value to a repeatable parameter, or removes it when present. */
export function toggleValue(query: string, key: FilterKey, value: string): string {
  const values = valuesOf(query, key);
  return withFilter(query, { [key]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value] });
}

/** Removes one value of a parameter (or the whole parameter when value is omitted). */
export function removeValue(query: string, key: FilterKey, value?: string): string {
  return withFilter(query, { [key]: value === undefined ? [] : valuesOf(query, key).filter((v) => v !== value) });
}

/** Every filter parameter removed; other parameters (sort order) stay. */
export function clearFilters(query: string): string {
  return withFilter(query, Object.fromEntries(FILTER_KEYS.map((k) => [k, []])));
}

/** path + "?" + query, or just the path when the query is empty. */
export const hrefFor = (path: string, query: string) => (query ? `${path}?${query}` : path);
