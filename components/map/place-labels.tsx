"use client";

import { useEffect, useState } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import { selectLabels, type PlaceLabel } from "@/lib/map/place-labels/select-labels";
import { whenIdle } from "./lazy-idle";
import styles from "./basemap.module.css";

function labelMarker(label: PlaceLabel): L.Marker {
  const text = document.createElement("span");
  text.className = styles.placeLabelText ?? "";
  text.textContent = label[0];
  text.dataset.testid = "place-label";
  const icon = L.divIcon({ className: styles.placeLabel, html: text, iconSize: [6, 6], iconAnchor: [3, 3] });
  const marker = L.marker([label[1], label[2]], { icon, interactive: false, keyboard: false, pane: "place-labels" });
  // A name for the eye: the incidents and provinces carry the map's meaning for a screen reader.
  marker.on("add", () => marker.getElement()?.setAttribute("aria-hidden", "true"));
  return marker;
}

/**
 * Town and city names from the gazetteer (lib/geo/data/place-labels.json, loaded once the map is
 * idle): the largest from the region's view, smaller towns as the map zooms in, and never two on
 * top of each other (lib/map/place-labels/select-labels.ts).
 */
export function PlaceLabels() {
  const map = useMap();
  const [labels, setLabels] = useState<readonly PlaceLabel[] | null>(null);

  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      import("@/lib/geo/data/place-labels.json").then((m) => live && setLabels(m.default as unknown as PlaceLabel[])).catch(() => undefined);
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);

  useEffect(() => {
    if (!labels) return;
    if (!map.getPane("place-labels")) {
      const pane = map.createPane("place-labels");
      pane.style.zIndex = "440";
      pane.style.pointerEvents = "none";
    }
    const markers = new Map<PlaceLabel, L.Marker>();
    const layer = L.layerGroup().addTo(map);
    const draw = () => {
      const zoom = map.getZoom();
      const size = map.getSize();
      const candidates = labels
        .filter((l) => l[3] <= zoom)
        .map((label) => {
          const p = map.latLngToContainerPoint([label[1], label[2]]);
          return { label, x: p.x, y: p.y };
        });
      const shown = new Set(selectLabels(candidates, zoom, { width: size.x, height: size.y }).map((s) => s.label));
      for (const [label, marker] of markers) {
        if (!shown.has(label)) {
          layer.removeLayer(marker);
          markers.delete(label);
        }
      }
      for (const label of shown) {
        if (markers.has(label)) continue;
        const marker = labelMarker(label);
        markers.set(label, marker);
        layer.addLayer(marker);
      }
      // For the tests: how many names are drawn, at which zoom.
      Object.assign(map.getContainer().dataset, { labels: String(markers.size), zoom: String(zoom) });
    };
    draw();
    map.on("moveend zoomend resize", draw);
    return () => {
      map.off("moveend zoomend resize", draw);
      layer.remove();
    };
  }, [labels, map]);

  return null;
}
