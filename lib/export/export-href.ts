import { FILTER_KEYS } from "@/lib/incidents/filter/filter";
import type { ExportFormat } from "./formats";

/** The export URL for the filter in `params` (anything else, such as sort or page, is left out). */
export function exportHref(format: ExportFormat, params: URLSearchParams, { bom = false } = {}): string {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) for (const value of params.getAll(key)) out.append(key, value);
  if (bom) out.set("bom", "1");
  const query = out.toString();
  return `/api/export.${format}${query ? `?${query}` : ""}`;
}
