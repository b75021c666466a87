import { z } from "zod";
import { IncidentRecordSchema } from "@/lib/incidents/record-schema";
import { recordToInput } from "@/lib/incidents/record-to-input";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { candidateDefaults, type Candidate } from "./candidate";
import type { ReadResult } from "./read-import-file";

const GeoJsonRecordSchema = IncidentRecordSchema.omit({ latitude: true, longitude: true });
const PointSchema = z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) }).nullable();

type Coords = { latitude: number | null; longitude: number | null };

/** A record as a candidate; GeoJSON gives the coordinates in the geometry, JSON in the record. */
function fromRecord(value: unknown, coords: Coords | null, line: number, where: string): Candidate {
  const parsed = coords ? GeoJsonRecordSchema.safeParse(value) : IncidentRecordSchema.safeParse(value);
  if (!parsed.success) {
    const problems = Object.entries(toFieldErrors(parsed.error)).map(([path, m]) => `${path}: ${m.join("; ")}`);
    return { ...candidateDefaults, line, where, input: null, problems };
  }
  const r: z.output<typeof GeoJsonRecordSchema> & Partial<Coords> = parsed.data;
  const input = recordToInput({ ...r, ...(coords ?? { latitude: r.latitude ?? null, longitude: r.longitude ?? null }) });
  return {
    ...candidateDefaults,
    line,
    where,
    atlasId: r.id,
    externalId: r.externalId,
    keeping: { version: r.version, createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt) },
    input,
    problems: [],
  };
}

/** Reads Atlas's GeoJSON (a FeatureCollection of Points) or JSON ({ items: [...] } or a list) export. */
export function readJsonFile(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The file is not valid JSON: ${(error as Error).message}.` };
  }
  if (data && typeof data === "object" && (data as { type?: unknown }).type === "FeatureCollection") {
    const features = (data as { features?: unknown }).features;
    if (!Array.isArray(features)) return { ok: false, message: "The GeoJSON FeatureCollection has no features list." };
    if (features.length === 0) return { ok: false, message: "The GeoJSON file has no features to import." };
    const candidates = features.map((f: unknown, i): Candidate => {
      const where = `feature ${i + 1}`;
      const feature = f as { type?: unknown; geometry?: unknown; properties?: unknown };
      const geometry = PointSchema.safeParse(feature?.geometry ?? null);
      if (feature?.type !== "Feature" || !geometry.success) {
        return { ...candidateDefaults, line: i + 1, where, input: null, problems: ["not a GeoJSON Feature with a Point geometry (or none)"] };
      }
      const [longitude, latitude] = geometry.data?.coordinates ?? [null, null];
      return fromRecord(feature.properties, { latitude, longitude }, i + 1, where);
    });
    return { ok: true, format: "atlas-geojson", candidates };
  }
  const items = Array.isArray(data) ? data : (data as { items?: unknown })?.items;
  if (!Array.isArray(items)) {
    return { ok: false, message: "The JSON file is neither a GeoJSON FeatureCollection nor Atlas's export ({ \"items\": [...] })." };
  }
  if (items.length === 0) return { ok: false, message: "The JSON file has no incidents to import." };
  return { ok: true, format: "atlas-json", candidates: items.map((item, i) => fromRecord(item, null, i + 1, `item ${i + 1}`)) };
}
