import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { requireSource } from "./source-packages";
import { roundGeometry, writeData } from "./write-json";

type Box = [west: number, south: number, east: number, north: number];
type Shape = Polygon | MultiPolygon;

// Countries with land in this box are drawn; parts of them entirely outside VIEW are dropped.
const REGION: Box = [55, 20, 82, 40];
const VIEW: Box = [40, 5, 100, 50];
const DIGITS = 3;

// world-atlas identifies countries by ISO 3166-1 numeric code; unknown codes fail the build.
const ISO3_BY_NUMERIC: Readonly<Record<string, string>> = {
  "004": "AFG",
  "156": "CHN",
  "356": "IND",
  "364": "IRN",
  "417": "KGZ",
  "512": "OMN",
  "524": "NPL",
  "586": "PAK",
  "682": "SAU",
  "762": "TJK",
  "784": "ARE",
  "795": "TKM",
  "860": "UZB",
};

const topo = requireSource("world-atlas/countries-50m.json");
const { feature } = requireSource("topojson-client");
const countries: FeatureCollection<Shape, { name: string }> = feature(topo, topo.objects.countries);

function boxOf(rings: Position[][]): Box {
  const xs = rings.flat().map((p) => p[0]!);
  const ys = rings.flat().map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
const overlaps = (a: Box, b: Box) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
const partsOf = (g: Shape) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);

const features: Feature<Shape, { iso3: string | null; name: string }>[] = [];
for (const country of countries.features) {
  const parts = partsOf(country.geometry);
  if (!parts.some((p) => overlaps(boxOf(p), REGION))) continue;
  // Natural Earth's "Siachen Glacier" is a disputed area with no ISO code; it is kept so the map has no hole.
  const iso3 = country.id === undefined ? null : ISO3_BY_NUMERIC[String(country.id)];
  if (iso3 === undefined) throw new Error(`no ISO3 code for ${country.id} ${country.properties.name}`);
  const kept = parts.filter((p) => overlaps(boxOf(p), VIEW));
  const geometry: MultiPolygon = { type: "MultiPolygon", coordinates: kept };
  features.push({ type: "Feature", properties: { iso3, name: country.properties.name }, geometry: roundGeometry(geometry, DIGITS) });
}

writeData("basemap.json", { type: "FeatureCollection", features });
