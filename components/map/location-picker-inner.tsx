"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useMemo } from "react";
import L from "leaflet";
import { MapContainer, Marker, useMap, useMapEvents } from "react-leaflet";
import type { TileConfig } from "@/lib/map/tile-config";
import { DEFAULT_CENTER, DEFAULT_ZOOM, MIN_ZOOM, PAN_BOUNDS } from "@/lib/geo/region";
import { Basemap } from "./basemap";
import styles from "./map.module.css";

export type LocationPickerProps = {
  lat: number | null;
  lng: number | null;
  onChange: (lat: number, lng: number) => void;
  tiles: TileConfig;
};

// Five decimals is about a metre: more would be false precision.
const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** A CSS marker: Leaflet's default icon images do not survive bundling. */
const pin = L.divIcon({ className: styles.pickerPin, iconSize: [18, 18], iconAnchor: [9, 9] });

function ClickToSet({ onChange }: { onChange: LocationPickerProps["onChange"] }) {
  useMapEvents({ click: (e) => onChange(round(e.latlng.lat), round(e.latlng.lng)) });
  return null;
}

/** Brings a point set elsewhere (a gazetteer pick, typed coordinates) into view. */
function FollowPoint({ lat, lng }: { lat: number; lng: number }) {
  const map = useMap();
  useEffect(() => {
    if (!map.getBounds().pad(-0.1).contains([lat, lng])) map.setView([lat, lng], Math.max(map.getZoom(), 8));
  }, [map, lat, lng]);
  return null;
}

export function LocationPickerInner({ lat, lng, onChange, tiles }: LocationPickerProps) {
  const point = lat !== null && lng !== null ? ([lat, lng] as [number, number]) : null;
  const handlers = useMemo(
    () => ({
      dragend: (e: L.LeafletEvent) => {
        const p = (e.target as L.Marker).getLatLng();
        onChange(round(p.lat), round(p.lng));
      },
    }),
    [onChange],
  );
  return (
    <div className={styles.pickerMap} data-testid="location-picker">
      <MapContainer
        center={point ?? DEFAULT_CENTER}
        zoom={point ? 8 : DEFAULT_ZOOM}
        minZoom={MIN_ZOOM}
        maxBounds={PAN_BOUNDS}
        style={{ height: "100%" }}
        scrollWheelZoom={false}
      >
        <Basemap tiles={tiles} />
        <ClickToSet onChange={onChange} />
        {point ? (
          <>
            <Marker position={point} icon={pin} draggable eventHandlers={handlers} title="Incident location: drag to move" />
            <FollowPoint lat={point[0]} lng={point[1]} />
          </>
        ) : null}
      </MapContainer>
    </div>
  );
}
