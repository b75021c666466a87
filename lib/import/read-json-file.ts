import { z } from "zod";
import { IncidentRecordSchema } from "@/lib/incidents/record/record-schema";
import { recordToInput } from "@/lib/incidents/record/record-to-input";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { candidate, type Candidate } from "./candidate";
import type { ReadResult } from "./read-result";
import { readImportLinks } from "./links/import-link-schema";

const GeoJsonRecordSchema = IncidentRecordSchema.omit({ latitude: true, longitude: true });
const PointSchema = z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) }).nullable();

type Coords = { latitude: number | null; longitude: number | null };

/** The keys a record cannot do without: those whose schema refuses `undefined`. */
const requiredKeys = (schema: z.ZodObject) => Object.keys(schema.shape).filter((key) => !schema.shape[key]!.safeParse(undefined).success);
const REQUIRED = { record: requiredKeys(IncidentRecordSchema), properties: requiredKeys(GeoJsonRecordSchema) };

/**
 * Why a value is not a record at all, before the schema is run: an item that is not an object or
 * lacks the record's fields gets one reason. The schema would give one issue per missing field, and
 * a file of 800,000 empty objects took seconds per 100,000 to preview, mostly collecting garbage.
 */
function notARecord(value: unknown, required: readonly string[]): string | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "not an object with an incident record's fields";
  let missing = 0;
  const first: string[] = [];
  for (const key of required) {
    if (key in value) continue;
    missing++;
    if (first.length < 4) first.push(key);
  }
  if (missing === 0) return null;
  return `not an incident record: ${missing} of its ${required.length} required fields are missing (${first.join(", ")}${missing > first.length ? ", ..." : ""})`;
}

/** A record as a candidate; GeoJSON gives the coordinates in the geometry, JSON in the record. */
function fromRecord(value: unknown, coords: Coords | null, line: number, where: string): Candidate {
  const notRecord = notARecord(value, coords ? REQUIRED.properties : REQUIRED.record);
  if (notRecord) return candidate(line, where, { input: null, problems: [notRecord] });
  const parsed = coords ? GeoJsonRecordSchema.safeParse(value) : IncidentRecordSchema.safeParse(value);
  const links = readImportLinks((value as { links?: unknown }).links, "links");
  if (!parsed.success || links.problems.length) {
    const problems = parsed.success ? [] : Object.entries(toFieldErrors(parsed.error)).map(([path, m]) => `${path}: ${m.join("; ")}`);
    return candidate(line, where, { input: null, problems: [...problems, ...links.problems] });
  }
  const r: z.output<typeof GeoJsonRecordSchema> & Partial<Coords> = parsed.data;
  const input = recordToInput({ ...r, ...(coords ?? { latitude: r.latitude ?? null, longitude: r.longitude ?? null }) });
  return candidate(line, where, {
    atlasId: r.id,
    externalId: r.externalId,
    keeping: { version: r.version, createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt) },
    input,
    problems: [],
    links: links.links,
  });
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
    const candidates = mapLazily(features, (f: unknown, i): Candidate => {
      const where = `feature ${i + 1}`;
      const feature = f as { type?: unknown; geometry?: unknown; properties?: unknown };
      const geometry = PointSchema.safeParse(feature?.geometry ?? null);
      if (feature?.type !== "Feature" || !geometry.success) {
        return candidate(i + 1, where, { input: null, problems: ["not a GeoJSON Feature with a Point geometry (or none)"] });
      }
      const [longitude, latitude] = geometry.data?.coordinates ?? [null, null];
      return fromRecord(feature.properties, { latitude, longitude }, i + 1, where);
    });
    return { ok: true, format: "atlas-geojson", candidates };
  }
  const items = Array.isArray(data) ? data : (data as { items?: unknown })?.items;
  if (!Array.isArray(items)) {
    return { ok: false, message: 'The JSON file is neither a GeoJSON FeatureCollection nor Atlas\'s export ({ "items": [...] }).' };
  }
  if (items.length === 0) return { ok: false, message: "The JSON file has no incidents to import." };
  return { ok: true, format: "atlas-json", candidates: mapLazily(items, (item, i) => fromRecord(item, null, i + 1, `item ${i + 1}`)) };
}

/** Candidates made as the plan takes them (a chunk at a time), not all held at once. */
function* mapLazily<T>(items: readonly unknown[], make: (item: unknown, index: number) => T): Generator<T> {
  for (let i = 0; i < items.length; i++) yield make(items[i], i);
}
