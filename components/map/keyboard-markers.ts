import L from "leaflet";

/** Marks the marker elements of the overview's point layer, so focus can find a marker again after a redraw. */
const KEY = "data-marker-key";

/**
 * A marker that acts on a click, and on Enter and Space when it has focus, as a button does. Leaflet's
 * `keyboard` option makes a marker focusable (tabindex, role="button") but acts on a click only.
 */
export function activatable(marker: L.Marker, key: string, act: () => void): L.Marker {
  marker.on("click", act).on("keydown", (e: L.LeafletKeyboardEvent) => {
    if (e.originalEvent.key !== "Enter" && e.originalEvent.key !== " ") return;
    // Space would scroll the page.
    L.DomEvent.preventDefault(e.originalEvent);
    act();
  });
  marker.on("add", () => marker.getElement()?.setAttribute(KEY, key));
  return marker;
}

/** The key of the point layer's marker that has focus, if one has. */
export function focusedMarkerKey(): string | null {
  const active = typeof document === "undefined" ? null : document.activeElement;
  return active instanceof HTMLElement ? active.getAttribute(KEY) : null;
}

/** Gives focus back to the marker drawn for `key`; true when there was one. */
export function focusMarker(container: HTMLElement, key: string): boolean {
  const marker = container.querySelector<HTMLElement>(`[${KEY}="${CSS.escape(key)}"]`);
  marker?.focus();
  return marker !== null;
}

export const pointKey = (id: number) => `p${id}`;
export const clusterKey = (lat: number, lng: number) => `c${lat},${lng}`;
