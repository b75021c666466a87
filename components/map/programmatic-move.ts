import type { Map as LeafletMap } from "leaflet";

// When the app itself last moved each map (fitting the chosen provinces), so the move it causes is
// not taken for the analyst's own.
const movedByApp = new WeakMap<LeafletMap, number>();
const WINDOW_MS = 1_500;

/** Call just before moving the map from code. */
export function markProgrammaticMove(map: LeafletMap) {
  movedByApp.set(map, Date.now());
}

/** Whether the move that just ended was the app's (once: the mark is used up). */
export function takeProgrammaticMove(map: LeafletMap): boolean {
  const at = movedByApp.get(map);
  movedByApp.delete(map);
  return at !== undefined && Date.now() - at < WINDOW_MS;
}
