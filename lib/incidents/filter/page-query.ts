import { filterToSearchParams, IncidentFilterSchema, parseIncidentFilter, FILTER_KEYS, type IncidentFilter } from "./filter";

/**
 * A page's filter and its query string in canonical form (ISO province codes, one parameter per
 * value) plus the page's other parameters (sort, page), so links built from it toggle values cleanly.
 * An unreadable filter is reported and ignored.
 */
export function readPageFilter(params: URLSearchParams) {
  const parsed = parseIncidentFilter(params);
  const filter: IncidentFilter = parsed.success ? parsed.data : IncidentFilterSchema.parse({});
  const filterQuery = filterToSearchParams(filter).toString();
  const page = new URLSearchParams(filterQuery);
  for (const [k, v] of params) if (!(FILTER_KEYS as readonly string[]).includes(k)) page.append(k, v);
  return { filter, error: parsed.success ? null : parsed.error, filterQuery, pageQuery: page.toString() };
}
