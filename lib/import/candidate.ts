import type { IncidentInput } from "@/lib/incidents/schema";
import type { IncidentKeeping } from "@/lib/incidents/write/write-incident";
import type { ImportLink } from "./links/import-link-schema";

export const IMPORT_FORMATS = {
  "acled-csv": "CSV in ACLED's layout",
  "atlas-csv": "CSV exported by Atlas",
  "atlas-geojson": "GeoJSON exported by Atlas",
  "atlas-json": "JSON exported by Atlas",
} as const;
export type ImportFormat = keyof typeof IMPORT_FORMATS;

/** One row of an uploaded file, read but not yet checked against the database or the schema. */
export type Candidate = {
  /** Where the row is, for messages: the CSV line it starts on, or the feature's position. */
  line: number;
  where: string;
  atlasId: number | null;
  externalId: string | null;
  keeping: IncidentKeeping;
  input: IncidentInput | null;
  problems: string[];
  notes: string[];
  /** ACLED rows update only the fields ACLED has, keeping an existing record's sources and claims. */
  mergeIntoExisting: boolean;
  /** The record's links in an Atlas export, restored when both ends are in the atlas after the import (plan-links.ts). */
  links: ImportLink[];
};

/** One shape for every candidate, the defaults filled in, so the code reading them stays monomorphic. */
export function candidate(line: number, where: string, c: Pick<Candidate, "input" | "problems"> & Partial<Candidate>): Candidate {
  return {
    line,
    where,
    atlasId: c.atlasId ?? null,
    externalId: c.externalId ?? null,
    keeping: c.keeping ?? {},
    input: c.input,
    problems: c.problems,
    notes: c.notes ?? NO_NOTES,
    mergeIntoExisting: c.mergeIntoExisting ?? false,
    links: c.links ?? NO_LINKS,
  };
}
const NO_NOTES: string[] = [];
const NO_LINKS: ImportLink[] = [];
