import type { FeatureCollection, MultiPolygon } from "geojson";
import raw from "./data/basemap.json";

/** iso3 is null only for Natural Earth's "Siachen Glacier", a disputed area with no country code. */
export type BasemapProperties = { iso3: string | null; name: string };

function checkBasemap(data: unknown): FeatureCollection<MultiPolygon, BasemapProperties> {
  const fc = data as FeatureCollection<MultiPolygon, BasemapProperties>;
  if (fc.type !== "FeatureCollection" || !fc.features.every((f) => f.geometry.type === "MultiPolygon")) {
    throw new Error("basemap.json: not a FeatureCollection of MultiPolygons");
  }
  return fc;
}

/** Country outlines of the region (Natural Earth 1:50m) for the map to draw when tiles cannot load. */
export const BASEMAP = checkBasemap(raw);
