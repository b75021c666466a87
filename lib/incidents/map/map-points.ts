import { EVENT_TYPE_NAMES } from "@/lib/taxonomy/event-types";
import { isApproximate } from "@/lib/taxonomy/precision";

/**
 * The map's points in a compact binary form: only what the map draws (id, position, event type,
 * killed, approximate or not), 11 bytes a point, so 100,000 incidents come to about 1.1 MB.
 *
 * Layout (little-endian): a 40-byte header (u32 version, u32 count, f64 south, west, north, east),
 * then u32 ids[n], u16 lat[n], u16 lng[n], u16 killed[n], u8 flags[n]. Positions are quantised to
 * 65,535 steps across the points' own extent: about 25 m over Pakistan and Afghanistan, finer than
 * a place name; the popup shows the recorded coordinates. killed 0xFFFF means "not reported".
 * flags: low 4 bits = index in EVENT_TYPE_NAMES, 0x10 = district/province centroid.
 */
export const MAP_POINTS_VERSION = 1;

/** Where the map fetches a filter's points; the overview preloads the same address. */
export const mapPointsPath = (filterQuery: string) => (filterQuery ? `/api/incidents/map?${filterQuery}` : "/api/incidents/map");
const HEADER_BYTES = 40;
const STEPS = 65_535;
export const KILLED_NOT_REPORTED = 0xffff;
export const APPROXIMATE_FLAG = 0x10;

/** One point as the map draws it; `flags` as described above (pointFlags). */
export type MapPointRow = { id: number; lat: number; lng: number; flags: number; killed: number | null };

export type MapPoints = {
  count: number;
  ids: Uint32Array;
  lats: Float64Array;
  lngs: Float64Array;
  /** KILLED_NOT_REPORTED for "not reported". */
  killed: Uint16Array;
  flags: Uint8Array;
};

export function pointFlags(eventType: string, geoPrecision: string): number {
  const type = Math.max(0, (EVENT_TYPE_NAMES as readonly string[]).indexOf(eventType));
  return type | (isApproximate(geoPrecision) ? APPROXIMATE_FLAG : 0);
}

export const typeIndexOf = (flags: number) => flags & 0x0f;
export const isApproximateFlag = (flags: number) => (flags & APPROXIMATE_FLAG) !== 0;

export function encodeMapPoints(rows: readonly MapPointRow[]): Uint8Array<ArrayBuffer> {
  const n = rows.length;
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const r of rows) {
    south = Math.min(south, r.lat);
    north = Math.max(north, r.lat);
    west = Math.min(west, r.lng);
    east = Math.max(east, r.lng);
  }
  if (n === 0) [south, west, north, east] = [0, 0, 0, 0];
  const buffer = new ArrayBuffer(HEADER_BYTES + 11 * n);
  const view = new DataView(buffer);
  view.setUint32(0, MAP_POINTS_VERSION, true);
  view.setUint32(4, n, true);
  [south, west, north, east].forEach((v, i) => view.setFloat64(8 + 8 * i, v, true));
  const ids = new Uint32Array(buffer, HEADER_BYTES, n);
  const lats = new Uint16Array(buffer, HEADER_BYTES + 4 * n, n);
  const lngs = new Uint16Array(buffer, HEADER_BYTES + 6 * n, n);
  const killed = new Uint16Array(buffer, HEADER_BYTES + 8 * n, n);
  const flags = new Uint8Array(buffer, HEADER_BYTES + 10 * n, n);
  const latSpan = north - south || 1;
  const lngSpan = east - west || 1;
  rows.forEach((r, i) => {
    ids[i] = r.id;
    lats[i] = Math.round(((r.lat - south) / latSpan) * STEPS);
    lngs[i] = Math.round(((r.lng - west) / lngSpan) * STEPS);
    killed[i] = r.killed === null ? KILLED_NOT_REPORTED : Math.min(r.killed, KILLED_NOT_REPORTED - 1);
    flags[i] = r.flags;
  });
  return new Uint8Array(buffer);
}

export function decodeMapPoints(buffer: ArrayBuffer): MapPoints {
  const view = new DataView(buffer);
  const version = view.getUint32(0, true);
  if (version !== MAP_POINTS_VERSION) throw new Error(`Unknown map points version ${version}`);
  const n = view.getUint32(4, true);
  const [south, west, north, east] = [0, 1, 2, 3].map((i) => view.getFloat64(8 + 8 * i, true)) as [number, number, number, number];
  const latQ = new Uint16Array(buffer, HEADER_BYTES + 4 * n, n);
  const lngQ = new Uint16Array(buffer, HEADER_BYTES + 6 * n, n);
  const lats = new Float64Array(n);
  const lngs = new Float64Array(n);
  const latStep = (north - south || 1) / STEPS;
  const lngStep = (east - west || 1) / STEPS;
  for (let i = 0; i < n; i++) {
    lats[i] = south + latQ[i]! * latStep;
    lngs[i] = west + lngQ[i]! * lngStep;
  }
  return {
    count: n,
    ids: new Uint32Array(buffer, HEADER_BYTES, n),
    lats,
    lngs,
    killed: new Uint16Array(buffer, HEADER_BYTES + 8 * n, n),
    flags: new Uint8Array(buffer, HEADER_BYTES + 10 * n, n),
  };
}

/**
 * Reads the point list the SQL query builds with group_concat ("id,lat1e5,lng1e5,flags,killed;..."
 * with killed empty when not reported). One string instead of 100,000 rows: row-by-row results cost
 * over a second through the driver adapter, this about 100 ms.
 */
export function parsePointList(text: string | null): MapPointRow[] {
  const rows: MapPointRow[] = [];
  forEachListedPoint(text, (id, lat, lng, flags, killed) => rows.push({ id, lat, lng, flags, killed }));
  return rows;
}

/** parsePointList without an object per point (a million of them cost more than the parsing). */
export function forEachListedPoint(text: string | null, each: (id: number, lat: number, lng: number, flags: number, killed: number | null) => void): void {
  if (!text) return;
  const fields: (number | null)[] = [];
  let value = 0;
  let negative = false;
  let digits = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 59;
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits = true;
    } else if (c === 45) {
      negative = true;
    } else if (c === 44 || c === 59) {
      fields.push(digits ? (negative ? -value : value) : null);
      value = 0;
      negative = false;
      digits = false;
      if (c === 59) {
        if (fields.length !== 5) throw new Error(`A map point has ${fields.length} fields, not 5: ${JSON.stringify(fields)}`);
        const [id, lat, lng, flags, killed] = fields;
        each(id!, lat! / 1e5, lng! / 1e5, flags!, killed ?? null);
        fields.length = 0;
      }
    } else {
      // A "." (a REAL printed by SQLite) would otherwise split a number into two fields silently.
      throw new Error(`Unexpected ${JSON.stringify(text[i])} at ${i} in the map point list`);
    }
  }
}
