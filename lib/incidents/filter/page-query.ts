import type { Role } from "@/lib/auth/roles";
import { readerFilter } from "./reader-filter";
import { filterToSearchParams, IncidentFilterSchema, parseIncidentFilter, FILTER_KEYS, type IncidentFilter } from "./filter";

/**
 * The filter a page can show: the parameters that cannot be read are left out (and reported by the
 * caller), the others still apply. The API answers 400 instead.
 */
function readablePart(params: URLSearchParams): IncidentFilter {
  const parsed = parseIncidentFilter(params);
  if (parsed.success) return parsed.data;
  const unreadable = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const rest = parseIncidentFilter(new URLSearchParams([...params].filter(([key]) => !unreadable.has(key))));
  return rest.success ? rest.data : IncidentFilterSchema.parse({});
}

/**
 * A page's filter and its query string in canonical form (ISO province codes, one parameter per
 * value) plus the page's other parameters (sort, page), so links built from it toggle values cleanly.
 * Unreadable parameters are reported (`error`) and left out; so is a status the reader may not ask for
 * (reader-filter.ts).
 */
export function readPageFilter(params: URLSearchParams, readerRole: Role | null | undefined) {
  const parsed = parseIncidentFilter(params);
  const filter = readerFilter(readablePart(params), readerRole);
  const filterQuery = filterToSearchParams(filter).toString();
  const page = new URLSearchParams(filterQuery);
  for (const [k, v] of params) if (!(FILTER_KEYS as readonly string[]).includes(k)) page.append(k, v);
  return { filter, error: parsed.success ? null : parsed.error, filterQuery, pageQuery: page.toString() };
}
