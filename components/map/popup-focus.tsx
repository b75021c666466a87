"use client";

import { useEffect } from "react";
import type L from "leaflet";
import { useMap } from "react-leaflet";
import { focusedMarkerKey, focusMarker } from "./keyboard-markers";

/**
 * Keyboard use of the overview's popup: a popup opened from a marker with keyboard focus takes the
 * focus (its link is the next Tab), Escape closes it, and focus goes back to the marker. Leaflet's own
 * Escape works only while the map container itself has focus. Renders nothing.
 */
export function PopupFocus() {
  const map = useMap();

  useEffect(() => {
    const container = map.getContainer();
    let open: L.Popup | null = null;
    let returnTo: string | null = null;

    const opened = (e: L.PopupEvent) => {
      open = e.popup;
      const from = document.activeElement;
      // Only after the keyboard: a click focuses the marker too, but should not move focus around.
      returnTo = from instanceof HTMLElement && from.matches(":focus-visible") ? focusedMarkerKey() : null;
      const content = e.popup.getElement()?.querySelector<HTMLElement>(".leaflet-popup-content");
      if (!returnTo || !content) return;
      content.tabIndex = -1;
      content.focus({ preventScroll: true });
    };
    const closed = () => {
      open = null;
      const key = returnTo;
      returnTo = null;
      const active = document.activeElement;
      // Not when the reader has moved on to something outside the map.
      if (!key || (active && active !== document.body && !container.contains(active))) return;
      if (!focusMarker(container, key)) container.focus({ preventScroll: true });
    };
    const keydown = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || !open) return;
      e.preventDefault();
      e.stopPropagation();
      map.closePopup(open);
    };

    map.on("popupopen", opened);
    map.on("popupclose", closed);
    container.addEventListener("keydown", keydown);
    return () => {
      map.off("popupopen", opened);
      map.off("popupclose", closed);
      container.removeEventListener("keydown", keydown);
    };
  }, [map]);

  return null;
}
