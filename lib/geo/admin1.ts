import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { CountryIso3 } from "../taxonomy/countries";
import { provinceByIso } from "../taxonomy/provinces";
import raw from "./data/admin1.json";

export type Admin1Properties = { iso: string; name: string; country: CountryIso3 };
export type Admin1Feature = Feature<Polygon | MultiPolygon, Admin1Properties>;

/** Checks the shape of the committed file once, so a bad rebuild fails loudly instead of mislabelling. */
function checkAdmin1(data: unknown): FeatureCollection<Polygon | MultiPolygon, Admin1Properties> {
  const fc = data as FeatureCollection<Polygon | MultiPolygon, Admin1Properties>;
  if (fc.type !== "FeatureCollection" || !Array.isArray(fc.features)) throw new Error("admin1.json: not a FeatureCollection");
  for (const f of fc.features) {
    const province = provinceByIso(f.properties.iso);
    if (!province || province.name !== f.properties.name) throw new Error(`admin1.json: unknown unit ${f.properties.iso}`);
    if (f.geometry.type !== "Polygon" && f.geometry.type !== "MultiPolygon") {
      throw new Error(`admin1.json: ${f.properties.iso} is not a polygon`);
    }
  }
  return fc;
}

/** Province and territory outlines of Pakistan and Afghanistan (Natural Earth, see data/SOURCES.md). */
export const ADMIN1 = checkAdmin1(raw);
