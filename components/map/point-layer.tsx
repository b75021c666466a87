"use client";

import { useCallback, useEffect, useRef } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import { isApproximateFlag, typeIndexOf } from "@/lib/incidents/map/map-points";
import { MAP_MAX_ZOOM } from "@/lib/incidents/map/map-view-schema";
import { clusterSize, eventTypeColour, markerRadius } from "@/lib/map/marker-style";
import { formatNumber } from "@/lib/format/intl";
import { EVENT_TYPE_NAMES } from "@/lib/taxonomy/event-types";
import { activatable, clusterKey, focusedMarkerKey, focusMarker, pointKey } from "./keyboard-markers";
import { DRAWN_MARK, useMapViewData } from "./use-map-view-data";
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

const clusterLabel = (count: number, killed: number, oneSpot: boolean) =>
  oneSpot
    ? `${formatNumber(count)} incidents at one place, ${formatNumber(killed)} killed: narrow the filter to see each`
    : `${formatNumber(count)} incidents, ${formatNumber(killed)} killed: zoom in`;

/**
 * Draws the clusters and points the server sends for the view (GET /api/incidents/map, asked again
 * after each move: use-map-view-data.ts, docs/decisions/027): points on a canvas as circles sized by
 * killed and coloured by event type, dashed and pale for district/province centroids; clusters as
 * numbered bubbles that zoom in on click. The canvas pane ignores the pointer; clicks are hit-tested
 * (MapClicks). For the keyboard, each cluster and each point in view is also a Leaflet marker with
 * `keyboard: true` (tabindex, role="button"), which Enter and Space activate like a click; a point's
 * marker is a transparent target over its circle, made only once keyboard focus has entered the map
 * (a view can hold thousands of points). A redraw gives focus back to the marker that had it.
 */
export function PointLayer({ filterQuery, onState, hitTestRef, onPoint }: Props) {
  const map = useMap();
  const onPointRef = useRef(onPoint);
  useEffect(() => {
    onPointRef.current = onPoint;
  }, [onPoint]);
  useEffect(() => onState({ state: "loading", count: 0, query: filterQuery }), [filterQuery, onState]);
  const failed = useCallback((query: string) => onState({ state: "error", count: 0, query }), [onState]);
  const data = useMapViewData(filterQuery, failed);
  const drawnRef = useRef<{ x: number; y: number; r: number; hit: PointHit }[]>([]);
  // Once keyboard focus has entered the map, every answer gets its points' keyboard targets.
  const keyboardRef = useRef(false);
  // The marker that had focus when the last answer's layer was taken down, for the next to give it back.
  const refocusRef = useRef<string | null>(null);

  useEffect(() => {
    if (!data) return;
    if (!map.getPane("incident-points")) {
      const pane = map.createPane("incident-points");
      pane.style.zIndex = "450";
      pane.style.pointerEvents = "none";
    }
    const renderer = L.canvas({ pane: "incident-points", padding: 0.2 });
    const layer = L.layerGroup().addTo(map);
    const container = map.getContainer();
    const render = () => {
      const focused = focusedMarkerKey() ?? refocusRef.current;
      refocusRef.current = null;
      layer.clearLayers();
      for (const [lat, lng, count, killed, expandZoom] of data.clusters) {
        const size = clusterSize(count);
        const label = clusterLabel(count, killed, expandZoom === null);
        const marker = L.marker([lat, lng], {
          title: label,
          keyboard: true,
          icon: L.divIcon({
            className: styles.mapCluster,
            html: `<span aria-hidden="true">${count >= 1000 ? `${Math.round(count / 100) / 10}k` : count}</span>`,
            iconSize: [size, size],
          }),
        });
        activatable(marker, clusterKey(lat, lng), () => map.flyTo([lat, lng], expandZoom ?? MAP_MAX_ZOOM)).addTo(layer);
        marker.getElement()?.setAttribute("aria-label", label);
      }
      for (const [id, lat, lng, killed, flags] of data.points) {
        const approximate = isApproximateFlag(flags);
        const colour = eventTypeColour(typeIndexOf(flags));
        const r = markerRadius(killed);
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
        if (!keyboardRef.current) continue;
        const target = 2 * Math.max(r, 6);
        const name = `${EVENT_TYPE_NAMES[typeIndexOf(flags)] ?? "Incident"}, ${killed === null ? "killed not reported" : `${formatNumber(killed)} killed`}${
          approximate ? ", place approximate" : ""
        }: details`;
        const marker = L.marker([lat, lng], {
          title: name,
          keyboard: true,
          icon: L.divIcon({ className: styles.mapPointTarget, html: "", iconSize: [target, target] }),
        });
        activatable(marker, pointKey(id), () => onPointRef.current({ id, lat, lng })).addTo(layer);
        marker.getElement()?.setAttribute("aria-label", name);
      }
      // The marker that had focus was redrawn (or, a cluster that zoomed in, is gone: the map keeps focus).
      if (focused && !focusMarker(container, focused)) container.focus({ preventScroll: true });
    };
    // Circles' pixels, for hit-testing clicks: again after each move, as the answer may stay.
    const place = () => {
      drawnRef.current = data.points.map(([id, lat, lng, killed]) => {
        const p = map.latLngToContainerPoint([lat, lng]);
        return { x: p.x, y: p.y, r: Math.max(markerRadius(killed), 6), hit: { id, lat, lng } };
      });
    };
    render();
    place();
    performance.mark(DRAWN_MARK);
    onState({ state: "ready", count: data.total, query: data.query });
    map.on("moveend", place);
    // Leaflet focuses the map itself on a mouse press, which Chromium may take for keyboard focus.
    let pressedAt = -Infinity;
    const pressed = () => (pressedAt = performance.now());
    container.addEventListener("pointerdown", pressed, true);
    const focusEntered = (e: FocusEvent) => {
      // Keyboard focus only: a click focuses the map too, and clicks are hit-tested on the canvas (and
      // a redraw between press and release would take the clicked cluster away).
      if (keyboardRef.current || performance.now() - pressedAt < 1000 || !(e.target instanceof Element) || !e.target.matches(":focus-visible")) return;
      keyboardRef.current = true;
      render();
    };
    container.addEventListener("focusin", focusEntered);
    hitTestRef.current = (x, y) => {
      // Topmost (last drawn) first.
      for (let k = drawnRef.current.length - 1; k >= 0; k--) {
        const d = drawnRef.current[k]!;
        if ((d.x - x) ** 2 + (d.y - y) ** 2 <= d.r ** 2) return d.hit;
      }
      return null;
    };
    return () => {
      map.off("moveend", place);
      refocusRef.current = focusedMarkerKey();
      container.removeEventListener("focusin", focusEntered);
      container.removeEventListener("pointerdown", pressed, true);
      layer.remove();
      hitTestRef.current = null;
    };
  }, [data, map, onState, hitTestRef]);

  return null;
}
