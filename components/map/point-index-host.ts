import type Supercluster from "supercluster";
import { decodeMapPoints } from "@/lib/incidents/map/map-points";
import { buildPointIndex, type ClusterProps, type PointIndex, type PointProps } from "./point-index";

export type BBox = [west: number, south: number, east: number, north: number];
export type ClusterFeature = Supercluster.ClusterFeature<ClusterProps> | Supercluster.PointFeature<PointProps>;

/** What the map asks of the clustering, which runs in a Web Worker (point-index.worker.ts). */
export type PointIndexRequest =
  | { type: "build"; key: number; buffer: ArrayBuffer }
  | { type: "clusters"; key: number; req: number; bbox: BBox; zoom: number }
  | { type: "expand"; key: number; req: number; clusterId: number }
  | { type: "drop"; key: number };

export type PointIndexReply =
  | { type: "built"; key: number }
  | { type: "clusters"; req: number; features: ClusterFeature[] }
  | { type: "expand"; req: number; zoom: number }
  | { type: "error"; key: number; req?: number; message: string };

/**
 * Answers the map's requests from the indexes it holds, one per loaded point set (key). Pure message
 * in, message out, so the worker and the in-page fallback share it and tests call it directly.
 */
export function createPointIndexHost(): (request: PointIndexRequest) => PointIndexReply | null {
  const indexes = new Map<number, PointIndex>();
  const indexFor = (key: number) => {
    const index = indexes.get(key);
    if (!index) throw new Error(`No point index ${key}`);
    return index;
  };
  return (request) => {
    try {
      switch (request.type) {
        case "build":
          indexes.set(request.key, buildPointIndex(decodeMapPoints(request.buffer)));
          return { type: "built", key: request.key };
        case "clusters":
          return { type: "clusters", req: request.req, features: indexFor(request.key).getClusters(request.bbox, request.zoom) };
        case "expand":
          return { type: "expand", req: request.req, zoom: indexFor(request.key).getClusterExpansionZoom(request.clusterId) };
        case "drop":
          indexes.delete(request.key);
          return null;
      }
    } catch (error) {
      const req = "req" in request ? request.req : undefined;
      return { type: "error", key: request.key, req, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
