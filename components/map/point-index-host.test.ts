import { describe, expect, it } from "vitest";
import { encodeMapPoints, type MapPointRow } from "@/lib/incidents/map/map-points";
import { createPointIndexHost, type ClusterFeature } from "./point-index-host";

const WHOLE_WORLD = [-180, -85, 180, 85] as [number, number, number, number];

/** Ten incidents around Mir Ali, close enough to cluster at the region's zoom, and one in Quetta. */
function payload(): ArrayBuffer {
  const rows: MapPointRow[] = Array.from({ length: 10 }, (_, k) => ({ id: k + 1, lat: 32.97 + k * 0.001, lng: 70.27, flags: 0, killed: k === 0 ? null : 2 }));
  rows.push({ id: 11, lat: 30.18, lng: 67.0, flags: 0, killed: 5 });
  return encodeMapPoints(rows).buffer;
}

const clusterOf = (features: ClusterFeature[]) => features.find((f) => "cluster" in f.properties && f.properties.cluster);

describe("the point index host", () => {
  it("builds an index and answers clusters in view, summing killed (not reported counts as 0)", () => {
    const host = createPointIndexHost();
    expect(host({ type: "build", key: 1, buffer: payload() })).toEqual({ type: "built", key: 1 });
    const reply = host({ type: "clusters", key: 1, req: 7, bbox: WHOLE_WORLD, zoom: 5 });
    expect(reply?.type).toBe("clusters");
    const features = reply?.type === "clusters" ? reply.features : [];
    expect(features).toHaveLength(2);
    const cluster = clusterOf(features)!;
    expect(cluster.properties).toMatchObject({ point_count: 10, killed: 18 });
    const single = features.find((f) => f !== cluster)!;
    expect(single.properties).toMatchObject({ i: 10, killed: 5 });
  });

  it("says at which zoom a cluster breaks up, and shows single points there", () => {
    const host = createPointIndexHost();
    host({ type: "build", key: 1, buffer: payload() });
    const reply = host({ type: "clusters", key: 1, req: 1, bbox: WHOLE_WORLD, zoom: 5 });
    const cluster = clusterOf(reply?.type === "clusters" ? reply.features : [])!;
    const id = "cluster_id" in cluster.properties ? cluster.properties.cluster_id : -1;
    const expand = host({ type: "expand", key: 1, req: 2, clusterId: id });
    expect(expand).toMatchObject({ type: "expand", req: 2 });
    const zoom = expand?.type === "expand" ? expand.zoom : 0;
    expect(zoom).toBeGreaterThan(5);
  });

  it("answers an error for a dropped or unknown index, and for a payload it cannot read", () => {
    const host = createPointIndexHost();
    host({ type: "build", key: 1, buffer: payload() });
    expect(host({ type: "drop", key: 1 })).toBeNull();
    expect(host({ type: "clusters", key: 1, req: 3, bbox: WHOLE_WORLD, zoom: 5 })).toMatchObject({
      type: "error",
      key: 1,
      req: 3,
      message: "No point index 1",
    });
    expect(host({ type: "build", key: 2, buffer: new ArrayBuffer(40) })).toMatchObject({ type: "error", key: 2, req: undefined });
  });
});
