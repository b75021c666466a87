import { MAP_VIEW_PARAM } from "@/lib/map/map-view-param";
import { mapViewPath, REGION_VIEW } from "./map-view-schema";

/**
 * The address of the overview map's first answer, for the page to preload: the whole region at
 * zoom 5, where the map opens on a wide screen (components/map/map-view-request.ts asks for exactly
 * this). null when the map will open elsewhere: on a linked view (map=) or framing chosen provinces;
 * a phone opens at zoom 4 and simply fetches (docs/decisions/027).
 */
export function initialMapViewPath(filterQuery: string, provinces: readonly string[], pageParams: URLSearchParams): string | null {
  if (provinces.length > 0 || pageParams.has(MAP_VIEW_PARAM)) return null;
  return mapViewPath(filterQuery, REGION_VIEW);
}
