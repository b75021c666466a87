import type { GazetteerRecord } from "../../lib/geo/gazetteer-place";
import { compareLabelPriority, labelMinZoom } from "../../lib/map/place-labels/label-zoom";
import type { PlaceLabel } from "../../lib/map/place-labels/select-labels";

// Populated places only: GeoNames' sections of towns (PPLX), abandoned, destroyed and historical
// places (PPLQ, PPLW, PPLH), districts and valleys are not drawn as towns.
const DRAWN = new Set(["PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLF", "PPLL", "PPLS"]);

/** The map's town labels from the gazetteer: ASCII names (Khost, not Khōst), in priority order, about 100 m precise. */
export function placeLabels(places: readonly GazetteerRecord[]): PlaceLabel[] {
  return places
    .filter((p) => DRAWN.has(p.featureCode))
    .map((p) => ({ ...p, name: p.asciiName }))
    .sort(compareLabelPriority)
    .map((p) => [p.name, Number(p.lat.toFixed(3)), Number(p.lng.toFixed(3)), labelMinZoom(p)] as const);
}
