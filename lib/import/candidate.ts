import type { IncidentInput } from "@/lib/incidents/schema";
import type { IncidentKeeping } from "@/lib/incidents/write-incident";

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
};

export const candidateDefaults: Pick<Candidate, "atlasId" | "externalId" | "keeping" | "notes" | "mergeIntoExisting"> = {
  atlasId: null,
  externalId: null,
  keeping: {},
  notes: [],
  mergeIntoExisting: false,
};
