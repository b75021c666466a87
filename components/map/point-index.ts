import Supercluster from "supercluster";
import type { MapPoints } from "@/lib/incidents/map/map-points";
import { KILLED_NOT_REPORTED } from "@/lib/incidents/map/map-points";

/**
 * Clusters the decoded points (supercluster) so a view draws at most a few thousand shapes however
 * many incidents there are. Features carry only their index into the typed arrays; clusters sum killed.
 */
export type PointProps = { i: number; killed: number };
export type ClusterProps = { killed: number };
export type PointIndex = Supercluster<PointProps, ClusterProps>;

export function buildPointIndex(points: MapPoints): PointIndex {
  const features = new Array<Supercluster.PointFeature<PointProps>>(points.count);
  for (let i = 0; i < points.count; i++) {
    const k = points.killed[i]!;
    features[i] = {
      type: "Feature",
      properties: { i, killed: k === KILLED_NOT_REPORTED ? 0 : k },
      geometry: { type: "Point", coordinates: [points.lngs[i]!, points.lats[i]!] },
    };
  }
  return new Supercluster<PointProps, ClusterProps>({
    radius: 64,
    maxZoom: 11,
    minPoints: 4,
    map: (p) => ({ killed: p.killed }),
    reduce: (acc, p) => {
      acc.killed += p.killed;
    },
  }).load(features);
}
