"use client";

import dynamic from "next/dynamic";
import type { NaiveMarkerMapProps } from "./naive-marker-map-inner";

const Inner = dynamic(() => import("./naive-marker-map-inner").then((m) => m.NaiveMarkerMapInner), { ssr: false });

/** The benchmark's naive baseline map (app/bench/naive-map). Not used by the app. */
export function NaiveMarkerMap(props: NaiveMarkerMapProps) {
  return <Inner {...props} />;
}
