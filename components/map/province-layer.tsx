"use client";

import { useMemo } from "react";
import type { PathOptions } from "leaflet";
import { GeoJSON } from "react-leaflet";
import type { Feature } from "geojson";
import { ADMIN1 } from "@/lib/geo/admin1";
import type { ProvinceStat } from "@/lib/incidents/overview/aggregates-types";
import { provinceFill } from "@/lib/map/marker-style";
import type { ShadeBy } from "@/lib/map/map-view-param";

export type { ShadeBy } from "@/lib/map/map-view-param";

type Props = { stats: ProvinceStat[]; selected: string[]; shadeBy: ShadeBy };

/**
 * Provinces shaded by incidents (or killed) for the current filter; selected ones outlined. Not
 * interactive itself: MapClicks finds the province under a click, so points drawn above on the canvas
 * and provinces never compete for it. Each path carries data-testid="province-<ISO>" and a label.
 */
export function ProvinceLayer({ stats, selected, shadeBy }: Props) {
  const byIso = useMemo(() => new Map(stats.map((s) => [s.iso, s])), [stats]);
  const max = useMemo(() => Math.max(0, ...stats.map((s) => s[shadeBy])), [stats, shadeBy]);
  const style = useMemo(() => {
    const chosen = new Set(selected);
    return (feature?: Feature): PathOptions => {
      const iso = String(feature?.properties?.iso);
      const value = byIso.get(iso)?.[shadeBy] ?? 0;
      return {
        color: chosen.has(iso) ? "#0b3d6e" : "#6b7785",
        weight: chosen.has(iso) ? 3 : 0.8,
        fillColor: provinceFill(value, max),
        fillOpacity: 0.6,
      };
    };
  }, [byIso, max, selected, shadeBy]);

  return (
    <GeoJSON
      data={ADMIN1}
      style={style}
      interactive={false}
      onEachFeature={(feature, layer) => {
        layer.on("add", () => {
          const el = (layer as unknown as { getElement?: () => Element | undefined }).getElement?.();
          el?.setAttribute("data-testid", `province-${feature.properties.iso}`);
        });
      }}
    />
  );
}
