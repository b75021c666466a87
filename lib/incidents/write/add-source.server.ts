import "server-only";
import { normaliseUrl, type SourceInput } from "@/lib/sources/schema";
import { getIncident } from "../queries.server";
import { recordToInput } from "../record/record-to-input";
import { saveIncident, type SaveIncidentResult } from "./save-incident.server";

export type AddSourceResult = Exclude<SaveIncidentResult, { status: "conflict" }> | { status: "already_cited" };

const sameUrl = (a: string, b: string) => {
  try {
    return normaliseUrl(a) === normaliseUrl(b);
  } catch {
    return false;
  }
};

/**
 * Cites one more article for an existing incident: loads the record, appends the source and saves
 * it through the same validation and write path as the form (which bumps its version). An existing
 * source record with the same URL is reused; its missing fields, such as the archived text, are filled.
 */
export async function addSourceToIncident(id: number, source: SourceInput, userId: string | null = null): Promise<AddSourceResult> {
  const record = await getIncident(id);
  if (!record) return { status: "not_found" };
  if (record.sources.some((s) => sameUrl(s.url, source.url))) return { status: "already_cited" };
  const input = recordToInput(record);
  // No expected version: the source is appended to the record as it stands, so there is nothing to conflict with.
  const result = await saveIncident({ ...input, sources: [...(input.sources ?? []), source] }, { id, userId });
  return result.status === "conflict" ? { status: "not_found" } : result;
}
