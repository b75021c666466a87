import "server-only";
import { normaliseUrl, type SourceInput } from "@/lib/sources/schema";

import { getIncident } from "../queries.server";
import { recordToInput } from "../record/record-to-input";
import { codedCasualties } from "../coded-casualties";
import { pinBeforeAdding } from "@/lib/sources/coding/pin-before-adding";
import { REPORTED_FIELD_PATHS } from "@/lib/sources/report/reported-fields";
import { saveIncident, type SaveIncidentResult } from "./save-incident.server";

export type AddSourceResult =
  | Exclude<SaveIncidentResult, { status: "conflict" | "saved" }>
  | { status: "already_cited" }
  /** `sourceId`: the added source, for the incident page to show what it says against the record. */
  | { status: "saved"; id: number; sourceId: number };

const sameUrl = (a: string | null | undefined, b: string | null | undefined) => {
  try {
    return Boolean(a && b) && normaliseUrl(a!) === normaliseUrl(b!);
  } catch {
    return false;
  }
};

/**
 * Cites one more article for an existing incident: loads the record, appends the source and saves
 * it through the same validation and write path as the form (which bumps its version). An existing
 * source record with the same URL is reused; its missing fields, such as the archived text, are filled.
 * The source's report goes in as given; the incident's coded figures keep their values (each is
 * pinned to what it rests on: pin-before-adding.ts) until the analyst chooses otherwise.
 */
export async function addSourceToIncident(id: number, source: SourceInput, userId: string | null = null): Promise<AddSourceResult> {
  const record = await getIncident(id);
  if (!record) return { status: "not_found" };
  if (record.sources.some((s) => sameUrl(s.url, source.url))) return { status: "already_cited" };
  const input = recordToInput(record);
  const stated = new Set(REPORTED_FIELD_PATHS.filter((p) => typeof source.report?.figures?.[p]?.value === "number"));
  const coding = pinBeforeAdding(codedCasualties(record), record.coding, stated, source.outlet ?? "");
  // No expected version: the source is appended to the record as it stands, so there is nothing to conflict with.
  const result = await saveIncident({ ...input, coding, sources: [...(input.sources ?? []), source] }, { id, userId });
  if (result.status === "conflict") return { status: "not_found" };
  if (result.status !== "saved") return result;
  const added = (await getIncident(id))?.sources.find((s) => sameUrl(s.url, source.url));
  return added ? { ...result, sourceId: added.id } : { status: "not_found" };
}
