"use client";

import "leaflet/dist/leaflet.css";
import { useRef, useState } from "react";
import type { Map as LeafletMap } from "leaflet";
import { useRouter } from "next/navigation";
import { MapContainer } from "react-leaflet";
import type { TileConfig } from "@/lib/map/tile-config";
import type { ProvinceStat } from "@/lib/incidents/overview/aggregates-types";
import { hrefFor, toggleValue, valuesOf } from "@/lib/incidents/filter/filter-url";
import { MIN_ZOOM, PAN_BOUNDS, REGION_BOUNDS } from "@/lib/geo/region";
import { Basemap } from "./basemap";
import { ProvinceLayer, type ShadeBy } from "./province-layer";
import { PointLayer, type HitTest, type PointLayerState } from "./point-layer";
import { MapClicks } from "./map-clicks";
import { IncidentPopup, type SelectedPoint } from "./incident-popup";
import { MapLegend } from "./map-legend";
import { PopupFocus } from "./popup-focus";
import { FitToProvinces } from "./fit-to-provinces";
import { MapViewUrl } from "./map-view-url";
import { ProvinceToggleNotice, useProvinceToggle, type ProvinceToggle } from "./province-toggle-notice";
import { MAP_VIEW_PARAM, SHADE_PARAM, parseMapView, parseShade } from "@/lib/map/map-view-param";
import styles from "./map.module.css";

export type IncidentMapProps = {
  /** The filter as a canonical query string: the map's points are fetched for it. */
  filterQuery: string;
  /** The page's whole query string and path, which a click on a province changes. */
  pageQuery: string;
  path: string;
  provinceStats: ProvinceStat[];
  selectedProvinces: string[];
  tiles: TileConfig;
};

export function IncidentMapInner({ filterQuery, pageQuery, path, provinceStats, selectedProvinces, tiles }: IncidentMapProps) {
  const router = useRouter();
  // The view and shading a link or Back brought (map-view-url.tsx writes them); this component runs in the browser only.
  const [opening] = useState(() => new URLSearchParams(window.location.search));
  const [linkedView] = useState(() => parseMapView(opening.get(MAP_VIEW_PARAM)));
  const [shadeBy, setShadeBy] = useState<ShadeBy>(() => parseShade(opening.get(SHADE_PARAM)));
  const [selected, setSelected] = useState<SelectedPoint | null>(null);
  const [loaded, setPoints] = useState<PointLayerState>({ state: "loading", count: 0, query: filterQuery });
  // Between a filter change and the layer's next effect the last state belongs to the old filter.
  const points = loaded.query === filterQuery ? loaded : { state: "loading" as const, count: 0 };
  const hitTestRef = useRef<HitTest | null>(null);
  const changedOnMapRef = useRef(false);
  const mapRef = useRef<LeafletMap>(null);
  const { toggle, record, dismiss } = useProvinceToggle(filterQuery);
  const toggleProvince = (iso: string) => {
    changedOnMapRef.current = true;
    record({ iso, added: !valuesOf(pageQuery, "province").includes(iso), before: pageQuery, undone: false });
    router.push(hrefFor(path, toggleValue(pageQuery, "province", iso)), { scroll: false });
  };
  const undoToggle = (t: ProvinceToggle) => {
    changedOnMapRef.current = true;
    record({ ...t, undone: true });
    router.push(hrefFor(path, t.before), { scroll: false });
    // The Undo button goes: keep the keyboard on the map rather than lose it to the page.
    mapRef.current?.getContainer().focus({ preventScroll: true });
  };

  return (
    <div className="overview-map">
      <div className={styles.overviewMapFrame} data-testid="overview-map" data-state={points.state} data-points={points.count}>
        <ProvinceToggleNotice toggle={toggle} onUndo={undoToggle} onDismiss={dismiss} />
        <MapContainer
          ref={mapRef}
          {...(linkedView ? { center: [linkedView.lat, linkedView.lng] as [number, number], zoom: linkedView.zoom } : { bounds: REGION_BOUNDS })}
          minZoom={MIN_ZOOM}
          maxBounds={PAN_BOUNDS}
          style={{ height: "100%" }}
        >
          <Basemap tiles={tiles} provinceOutlines={false} />
          <ProvinceLayer stats={provinceStats} selected={selectedProvinces} shadeBy={shadeBy} />
          <FitToProvinces provinces={selectedProvinces} changedOnMapRef={changedOnMapRef} keepOpeningView={linkedView !== null} />
          <MapViewUrl shadeBy={shadeBy} pageQuery={pageQuery} linked={linkedView !== null || opening.has(SHADE_PARAM)} />
          <PointLayer filterQuery={filterQuery} onState={setPoints} hitTestRef={hitTestRef} onPoint={setSelected} />
          <MapClicks hitTestRef={hitTestRef} onPoint={setSelected} onProvince={toggleProvince} />
          <PopupFocus />
          {selected ? <IncidentPopup point={selected} onClose={() => setSelected(null)} /> : null}
        </MapContainer>
      </div>
      <p className="visually-hidden" role="status">
        {points.state === "ready" ? `The map shows ${points.count.toLocaleString("en")} incidents with coordinates.` : ""}
        {points.state === "error" ? "The map's incidents could not be loaded." : ""}
      </p>
      <MapLegend provinceStats={provinceStats} shadeBy={shadeBy} onShadeBy={setShadeBy} />
      <p className={`muted ${styles.small}`}>
        Click a province to add it to the filter or take it out (a notice over the map says which, with Undo); click a point for its details. With the keyboard,
        Tab reaches the points and clusters, Enter opens one and Escape closes its details.
      </p>
    </div>
  );
}
