import { z } from "zod";
import { PAN_BOUNDS } from "@/lib/geo/region";
import { cellsInBbox, MAX_LATITUDE } from "./map-grid";

/** The map's deepest zoom (as map=zoom/lat/lng allows). */
export const MAP_MAX_ZOOM = 18;
/**
 * The most 64 px cells one request may cover: a 4K screen's worth and then some. Each cell is at most
 * one cluster or a few points, so an answer stays at a few thousand shapes (docs/decisions/027).
 */
export const MAX_VIEW_CELLS = 4096;

/** Without bbox and zoom (a script, an old link): the whole region at the overview's opening zoom. */
const [[panSouth, panWest], [panNorth, panEast]] = PAN_BOUNDS;
export const REGION_VIEW = { bbox: [panWest, panSouth, panEast, panNorth] as [number, number, number, number], zoom: 5 };

const Bbox = z
  .string()
  .max(100, "bbox is too long")
  .transform((value, ctx) => {
    const parts = value.split(",");
    const numbers = parts.map((p) => (/^-?\d{1,3}(\.\d{1,12})?$/.test(p.trim()) ? Number(p) : NaN));
    if (numbers.length !== 4 || numbers.some(Number.isNaN)) {
      ctx.addIssue({ code: "custom", message: "bbox must be four numbers: west,south,east,north (degrees)" });
      return z.NEVER;
    }
    const [west, south, east, north] = numbers as [number, number, number, number];
    if (west < -180 || east > 180 || south < -MAX_LATITUDE || north > MAX_LATITUDE) {
      ctx.addIssue({ code: "custom", message: `bbox must lie within longitudes -180..180 and latitudes ±${MAX_LATITUDE.toFixed(2)}` });
      return z.NEVER;
    }
    if (west >= east || south >= north) {
      ctx.addIssue({ code: "custom", message: "bbox must have west < east and south < north" });
      return z.NEVER;
    }
    return [west, south, east, north] as [number, number, number, number];
  });

const Zoom = z
  .string()
  .regex(/^\d{1,2}$/, "zoom must be a whole number")
  .transform(Number)
  .pipe(z.number().int().min(0).max(MAP_MAX_ZOOM, `zoom must be at most ${MAP_MAX_ZOOM}`));

/** The view the map asks for, beside the filter: `bbox=west,south,east,north&zoom=z`, both or neither. */
export const MapViewQuerySchema = z
  .object({ bbox: Bbox.optional(), zoom: Zoom.optional() })
  .superRefine((v, ctx) => {
    if ((v.bbox === undefined) !== (v.zoom === undefined)) {
      ctx.addIssue({ code: "custom", path: [v.bbox === undefined ? "bbox" : "zoom"], message: "bbox and zoom go together" });
      return;
    }
    // zod goes on to refinements after some failed checks: count cells only for a valid view.
    if (!Array.isArray(v.bbox) || !Number.isInteger(v.zoom) || v.zoom! < 0 || v.zoom! > MAP_MAX_ZOOM) return;
    const { x0, x1, y0, y1 } = cellsInBbox(v.bbox, v.zoom!);
    const cells = (x1 - x0 + 1) * (y1 - y0 + 1);
    if (cells > MAX_VIEW_CELLS) {
      ctx.addIssue({
        code: "custom",
        path: ["bbox"],
        message: `bbox is too large for zoom ${v.zoom}: ${cells.toLocaleString("en")} cells of 64 px, at most ${MAX_VIEW_CELLS.toLocaleString("en")} (zoom out or ask for a smaller area)`,
      });
    }
  })
  .transform((v) => (v.bbox !== undefined && v.zoom !== undefined ? { bbox: v.bbox, zoom: v.zoom } : REGION_VIEW));

export type MapViewQuery = { bbox: [west: number, south: number, east: number, north: number]; zoom: number };

/** Reads bbox and zoom from a request's parameters (the filter's are read by parseIncidentFilter). */
export function parseMapViewQuery(params: URLSearchParams) {
  return MapViewQuerySchema.safeParse({ bbox: params.get("bbox") ?? undefined, zoom: params.get("zoom") ?? undefined });
}

/** The view's parameters, as the map sends them and the overview preloads them. */
export function mapViewParams({ bbox, zoom }: MapViewQuery): string {
  return `bbox=${bbox.map((v) => Math.round(v * 1e4) / 1e4).join(",")}&zoom=${zoom}`;
}

/** Where the map fetches a view for a filter (canonical filter query first, then the view). */
export const mapViewPath = (filterQuery: string, view: MapViewQuery) => `/api/incidents/map?${filterQuery ? `${filterQuery}&` : ""}${mapViewParams(view)}`;
