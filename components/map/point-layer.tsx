"use client";

import { useEffect, useRef, useState } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import { isApproximateFlag, KILLED_NOT_REPORTED, typeIndexOf } from "@/lib/incidents/map/map-points";
import { clusterSize, eventTypeColour, markerRadius } from "@/lib/map/marker-style";
import { loadMapPoints, type LoadedPoints } from "./load-map-points";
import type { ClusterFeature } from "./point-index-host";
import { formatNumber } from "@/lib/format/intl";
import { EVENT_TYPE_NAMES } from "@/lib/taxonomy/event-types";
import { activatable, clusterKey, focusedMarkerKey, focusMarker, pointKey } from "./keyboard-markers";
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
  /** An incident's marker was activated from the keyboard. */
  onPoint: (hit: PointHit) => void;
};

/**
 * Fetches the filtered incidents' points (compact binary, GET /api/incidents/map), clusters them (in a
 * Web Worker, asked for the clusters in view after each move) and draws what is in view on a canvas: circles sized by killed and coloured by event type, dashed and
 * pale for district/province centroids; clusters as numbered bubbles that zoom in on click.
 * Renders nothing itself; the canvas pane ignores the pointer, clicks are hit-tested (MapClicks).
 * For the keyboard, each cluster and each point in view is also a Leaflet marker with `keyboard: true`
 * (tabindex, role="button"), which Enter and Space activate like a click; a point's marker is a
 * transparent target over its circle, made only once keyboard focus has entered the map (a view can hold
 * thousands of points: their markers made the overview about 0.4 s slower to draw on 100,000
 * incidents). A redraw gives focus back to the marker that had it.
 */
export function PointLayer({ filterQuery, onState, hitTestRef, onPoint }: Props) {
  const map = useMap();
  const onPointRef = useRef(onPoint);
  useEffect(() => {
    onPointRef.current = onPoint;
  }, [onPoint]);
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
    let keyboardTargets = false;
    let shown: ClusterFeature[] = [];
    const render = (features: ClusterFeature[]) => {
      shown = features;
      const focused = focusedMarkerKey();
      layer.clearLayers();
      const drawn: typeof drawnRef.current = [];
      for (const f of features) {
        const [lng, lat] = f.geometry.coordinates as [number, number];
        if ("cluster" in f.properties && f.properties.cluster) {
          const { point_count: count, cluster_id: clusterId, killed } = f.properties;
          const size = clusterSize(count);
          const label = `${formatNumber(count)} incidents, ${formatNumber(killed)} killed: zoom in`;
          const marker = L.marker([lat, lng], {
            title: label,
            keyboard: true,
            icon: L.divIcon({
              className: styles.mapCluster,
              html: `<span aria-hidden="true">${count >= 1000 ? `${Math.round(count / 100) / 10}k` : count}</span>`,
              iconSize: [size, size],
            }),
          });
          activatable(marker, clusterKey(clusterId), () => {
            clusters
              .expansionZoom(clusterId)
              .then((zoom) => active && map.flyTo([lat, lng], Math.min(zoom, 14)))
              .catch((error: unknown) => console.warn("Cluster zoom failed", error));
          }).addTo(layer);
          marker.getElement()?.setAttribute("aria-label", label);
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
        if (keyboardTargets) {
          const id = points.ids[i]!;
          const target = 2 * Math.max(r, 6);
          const name = `${EVENT_TYPE_NAMES[typeIndexOf(flags)] ?? "Incident"}, ${
            killed === KILLED_NOT_REPORTED ? "killed not reported" : `${formatNumber(killed)} killed`
          }${approximate ? ", place approximate" : ""}: details`;
          const marker = L.marker([lat, lng], {
            title: name,
            keyboard: true,
            icon: L.divIcon({ className: styles.mapPointTarget, html: "", iconSize: [target, target] }),
          });
          activatable(marker, pointKey(id), () => onPointRef.current({ id, lat, lng })).addTo(layer);
          marker.getElement()?.setAttribute("aria-label", name);
        }
        const p = map.latLngToContainerPoint([lat, lng]);
        drawn.push({ x: p.x, y: p.y, r: Math.max(r, 6), i });
      }
      drawnRef.current = drawn;
      // The marker that had focus was redrawn (or, a cluster that zoomed in, is gone: the map keeps focus).
      if (focused && !focusMarker(map.getContainer(), focused)) map.getContainer().focus({ preventScroll: true });
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
    const container = map.getContainer();
    const focusEntered = (e: FocusEvent) => {
      // Keyboard focus only: a click focuses the map too, and clicks are hit-tested on the canvas.
      if (keyboardTargets || !(e.target instanceof Element) || !e.target.matches(":focus-visible")) return;
      keyboardTargets = true;
      render(shown);
    };
    container.addEventListener("focusin", focusEntered);
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
      container.removeEventListener("focusin", focusEntered);
      layer.remove();
      hitTestRef.current = null;
    };
  }, [data, map, onState, hitTestRef]);

  return null;
}
