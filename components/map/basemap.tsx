"use client";

import { useCallback, useState } from "react";
import { TileLayer } from "react-leaflet";
import { tileHost, type TileConfig } from "@/lib/map/tile-config";
import { OfflineBasemap } from "./offline-basemap";
import { BasemapWater } from "./basemap-water";
import { PlaceLabels } from "./place-labels";
import styles from "./basemap.module.css";

/**
 * What every map draws beneath its incidents. By default Atlas's own basemap: country and province
 * outlines, rivers and town names, all bundled (docs/decisions/018-offline-basemap-detail.md). With
 * NEXT_PUBLIC_TILE_URL, that tile layer instead of the rivers and names, over the outlines; when a
 * tile fails to load the layer is taken off (no more failing requests) and the map says so, once.
 */
export function Basemap({ tiles, provinceOutlines = true }: { tiles: TileConfig; provinceOutlines?: boolean }) {
  const [failed, setFailed] = useState(false);
  const onTileError = useCallback(() => setFailed(true), []);
  const useTiles = tiles.url !== null && !failed;
  return (
    <>
      <OfflineBasemap provinceOutlines={provinceOutlines} />
      {useTiles ? <TileLayer url={tiles.url!} attribution={tiles.attribution} eventHandlers={{ tileerror: onTileError }} /> : null}
      {useTiles ? null : (
        <>
          <BasemapWater />
          <PlaceLabels />
        </>
      )}
      {failed ? (
        <p className={styles.tileNotice} role="status">
          Map tiles from {tileHost(tiles.url!)} could not be loaded, so the map shows Atlas&apos;s own basemap.
        </p>
      ) : null}
    </>
  );
}
