import { MAX_OFFLINE_ZOOM, MIN_ZOOM, PAN_BOUNDS } from "@/lib/geo/region";

/**
 * The overview map's view and shading in its link (issue #15): `map=<zoom>/<lat>/<lng>` (as
 * OpenStreetMap writes it) and `shade=killed`. They are page parameters, not filter ones: they change
 * no query, and a link or Back brings the same view back.
 */
export type MapView = { zoom: number; lat: number; lng: number };
export type ShadeBy = "count" | "killed";

export const MAP_VIEW_PARAM = "map";
export const SHADE_PARAM = "shade";
const MAX_ZOOM = 18;

/** The view a `map=` value names, or null when it is missing, malformed or outside the map's range. */
export function parseMapView(value: string | null | undefined): MapView | null {
  const m = /^(\d{1,2})\/(-?\d{1,3}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/.exec(value ?? "");
  if (!m) return null;
  const [zoom, lat, lng] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [[south, west], [north, east]] = PAN_BOUNDS;
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return null;
  if (lat < south || lat > north || lng < west || lng > east) return null;
  return { zoom, lat, lng };
}

/** Enough decimals to put the centre within a pixel or two at that zoom, and no more. */
export function formatMapView({ zoom, lat, lng }: MapView): string {
  const digits = zoom <= MAX_OFFLINE_ZOOM - 4 ? 2 : zoom <= MAX_OFFLINE_ZOOM ? 3 : 4;
  return `${zoom}/${lat.toFixed(digits)}/${lng.toFixed(digits)}`;
}

export function parseShade(value: string | null | undefined): ShadeBy {
  return value === "killed" ? "killed" : "count";
}

/** The query string with the view and shading set (shading by incidents, the default, is left out). */
export function withMapState(query: string, view: MapView | null, shade: ShadeBy): string {
  const params = new URLSearchParams(query);
  if (view) params.set(MAP_VIEW_PARAM, formatMapView(view));
  else params.delete(MAP_VIEW_PARAM);
  if (shade === "killed") params.set(SHADE_PARAM, "killed");
  else params.delete(SHADE_PARAM);
  // Slashes may stand unescaped in a query (RFC 3986): map=7/33.5/70.9 reads better in a link.
  return params.toString().replace(/(^|&)map=([^&]*)/, (_, sep: string, value: string) => `${sep}map=${decodeURIComponent(value)}`);
}
