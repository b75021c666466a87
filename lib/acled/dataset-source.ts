import type { SourceInput } from "@/lib/sources/schema";
import { LIMITS } from "@/lib/validation/limits";
import type { AcledRow } from "./columns";
import { splitSourceList, tidyNotes } from "./provenance";

/** The outlet of every ACLED dataset source. */
export const ACLED_OUTLET = "ACLED";

/** How Atlas names an ACLED event as a source: "ACLED PAK12345", from its event_id_cnty. */
export const acledDatasetRecord = (eventId: string): string => `ACLED ${eventId.trim()}`;

/**
 * An ACLED row as a source of its own (docs/decisions/020-dataset-sources.md): a dataset record, not an
 * article, with ACLED's notes as its archived copy (never fetched) and its report: the fatalities as
 * the killed total (a coded number, so no quote; empty fatalities state no figure), attributed to the
 * outlets ACLED cites. Null without an event_id_cnty: the record would have no name.
 */
export function datasetSourceFromAcled(row: AcledRow, killed: number | null): SourceInput | null {
  const eventId = (row.event_id_cnty ?? "").trim();
  if (!eventId) return null;
  const notes = tidyNotes(row.notes ?? "");
  const outlets = splitSourceList(row.source ?? "").join("; ");
  return {
    url: null,
    datasetRecord: acledDatasetRecord(eventId),
    outlet: ACLED_OUTLET,
    language: "en",
    archivedText: notes || null,
    report: {
      // The summary keeps the whole list (provenance.ts); an originator is a short text.
      originator: outlets.length > LIMITS.shortText ? `${outlets.slice(0, LIMITS.shortText - 1)}…` : outlets || null,
      figures: killed === null ? {} : { "killed.total": { value: killed, quote: null } },
    },
  };
}
