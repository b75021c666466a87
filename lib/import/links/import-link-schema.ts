import { z } from "zod";
import { ApiLinkSchema } from "@/lib/incidents/links/link-record-schema";
import { toFieldErrors } from "@/lib/validation/field-errors";

/** Links per record an import reads; an export holds a record's links, far fewer in practice. */
export const MAX_IMPORT_LINKS = 1000;

/**
 * A record's links as Atlas's exports carry them (the JSON `links`, the CSV's `links_json`): the API's
 * shape, seen from the record, naming the other record by its id in the atlas that wrote the file.
 */
export const ImportLinksSchema = z.array(ApiLinkSchema).max(MAX_IMPORT_LINKS);
export type ImportLink = z.infer<typeof ImportLinksSchema>[number];

/** The links, or one problem per field that is wrong ("links_json.0.relation: …"), named after `column`. */
export function readImportLinks(value: unknown, column: string): { links: ImportLink[]; problems: string[] } {
  if (value === undefined || value === null) return { links: [], problems: [] };
  const parsed = ImportLinksSchema.safeParse(value);
  if (parsed.success) return { links: parsed.data, problems: [] };
  const problems = Object.entries(toFieldErrors(parsed.error)).map(([path, m]) => `${path === "form" ? column : `${column}.${path}`}: ${m.join("; ")}`);
  return { links: [], problems };
}
