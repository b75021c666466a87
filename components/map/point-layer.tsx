"use client";

import { useEffect, useRef, useState } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import { isApproximateFlag, KILLED_NOT_REPORTED, typeIndexOf } from "@/lib/incidents/map/map-points";
import { clusterSize, eventTypeColour, markerRadius } from "@/lib/map/marker-style";
import { loadMapPoints, type LoadedPoints } from "./load-map-points";
import type { ClusterFeature } from "./point-index-host";
import { formatNumber } from "@/lib/format/intl";
import styles from "./map.module.css";

/** What the layer shows, for the filter query it was loaded for (a stale state must not read as ready). */
export type PointLayerState = { state: "loading" | "ready" | "error"; count: number; query: string };
export type PointHit = { id: number; lat: number; lng: number };
/** Finds the incident drawn under a pixel of the map container, for MapClicks. */
export type HitTest = (x: number, y: number) => PointHit | null;

type Props = {
  filterQuery: string;
  onState: (state: PointLayerState) => void;
  hitTestRef: React.RefObject<HitTest | null>;
};

/**
 * Fetches the filtered incidents' points (compact binary, GET /api/incidents/map), clusters them (in a
 * Web Worker, asked for the clusters in view after each move) and draws what is in view on a canvas: circles sized by killed and coloured by event type, dashed and
 * pale for district/province centroids; clusters as numbered bubbles that zoom in on click.
 * Renders nothing itself; the canvas pane ignores the pointer, clicks are hit-tested (MapClicks).
 */
export function PointLayer({ filterQuery, onState, hitTestRef }: Props) {
  const map = useMap();
  const [data, setData] = useState<(LoadedPoints & { query: string }) | null>(null);

  useEffect(() => {
    let current = true;
    onState({ state: "loading", count: 0, query: filterQuery });
    loadMapPoints(filterQuery)
      .then((loaded) => current && setData({ query: filterQuery, ...loaded }))
      .catch((error: unknown) => {
        if (!current) return;
        console.warn("Map points failed to load", error);
        onState({ state: "error", count: 0, query: filterQuery });
      });
    return () => {
      current = false;
    };
  }, [filterQuery, onState]);

  const drawnRef = useRef<{ x: number; y: number; r: number; i: number }[]>([]);

  useEffect(() => {
    if (!data) return;
    const { query, points, clusters } = data;
    if (!map.getPane("incident-points")) {
      const pane = map.createPane("incident-points");
      pane.style.zIndex = "450";
      pane.style.pointerEvents = "none";
    }
    const renderer = L.canvas({ pane: "incident-points", padding: 0.2 });
    const layer = L.layerGroup().addTo(map);
    let latest = 0;
    let active = true;
    let announced = false;
    const render = (features: ClusterFeature[]) => {
      layer.clearLayers();
      const drawn: typeof drawnRef.current = [];
      for (const f of features) {
        const [lng, lat] = f.geometry.coordinates as [number, number];
        if ("cluster" in f.properties && f.properties.cluster) {
          const { point_count: count, cluster_id: clusterId, killed } = f.properties;
          const size = clusterSize(count);
          const label = `${formatNumber(count)} incidents, ${formatNumber(killed)} killed: zoom in`;
          L.marker([lat, lng], {
            title: label,
            alt: label,
            keyboard: true,
            icon: L.divIcon({
              className: styles.mapCluster,
              html: `<span>${count >= 1000 ? `${Math.round(count / 100) / 10}k` : count}</span>`,
              iconSize: [size, size],
            }),
          })
            .on("click", () => {
              clusters
                .expansionZoom(clusterId)
                .then((zoom) => active && map.flyTo([lat, lng], Math.min(zoom, 14)))
                .catch((error: unknown) => console.warn("Cluster zoom failed", error));
            })
            .addTo(layer);
          continue;
        }
        const i = (f.properties as { i: number }).i;
        const flags = points.flags[i]!;
        const killed = points.killed[i]!;
        const approximate = isApproximateFlag(flags);
        const colour = eventTypeColour(typeIndexOf(flags));
        const r = markerRadius(killed === KILLED_NOT_REPORTED ? null : killed);
        L.circleMarker([lat, lng], {
          renderer,
          interactive: false,
          radius: r,
          color: approximate ? colour : "#ffffff",
          weight: approximate ? 1.5 : 1,
          dashArray: approximate ? "3 3" : undefined,
          fillColor: colour,
          fillOpacity: approximate ? 0.25 : 0.85,
        }).addTo(layer);
        const p = map.latLngToContainerPoint([lat, lng]);
        drawn.push({ x: p.x, y: p.y, r: Math.max(r, 6), i });
      }
      drawnRef.current = drawn;
    };
    // Each move asks for the clusters in view; an answer overtaken by a later move is dropped.
    const draw = () => {
      const ask = ++latest;
      const b = map.getBounds();
      clusters
        .getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.round(map.getZoom()))
        .then((features) => {
          if (!active || ask !== latest) return;
          render(features);
          if (!announced) onState({ state: "ready", count: points.count, query });
          announced = true;
        })
        .catch((error: unknown) => {
          if (!active) return;
          console.warn("Map clusters failed", error);
          onState({ state: "error", count: 0, query });
        });
    };
    draw();
    map.on("moveend", draw);
    hitTestRef.current = (x, y) => {
      // Topmost (last drawn) first.
      for (let k = drawnRef.current.length - 1; k >= 0; k--) {
        const d = drawnRef.current[k]!;
        if ((d.x - x) ** 2 + (d.y - y) ** 2 <= d.r ** 2) {
          return { id: points.ids[d.i]!, lat: points.lats[d.i]!, lng: points.lngs[d.i]! };
        }
      }
      return null;
    };
    return () => {
      active = false;
      map.off("moveend", draw);
      layer.remove();
      hitTestRef.current = null;
    };
  }, [data, map, onState, hitTestRef]);

  return null;
}
