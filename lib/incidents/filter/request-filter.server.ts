import "server-only";
import { requestReader } from "@/lib/auth/request-reader.server";
import { parseIncidentFilter } from "./filter";
import { readerFilter } from "./reader-filter";

/**
 * The filter of an API request, as its reader may apply it (reader-filter.ts). The reader is looked
 * up only when the request asks for a status other than published: the map and exports stay one query.
 */
export async function parseRequestFilter(request: Request, params: URLSearchParams) {
  const parsed = parseIncidentFilter(params);
  if (!parsed.success || !parsed.data.status || parsed.data.status === "published") return parsed;
  const reader = await requestReader(request);
  return { ...parsed, data: readerFilter(parsed.data, reader?.role) };
}
