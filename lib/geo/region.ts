/**
 * The area Atlas maps: Pakistan and Afghanistan (admin1.json spans 60.49-77.05 E, 23.69-38.47 N)
 * with a small margin. Leaflet takes bounds as [[south, west], [north, east]].
 */
export const REGION_BOUNDS: [[number, number], [number, number]] = [
  [23.4, 60.2],
  [38.8, 77.4],
];

/** How far the map may be panned: the neighbours drawn by the offline basemap, no further. */
export const PAN_BOUNDS: [[number, number], [number, number]] = [
  [15, 45],
  [46, 92],
];

/** Centre of REGION_BOUNDS. At zoom 5 both countries fit in about 400 x 400 pixels. */
export const DEFAULT_CENTER: [number, number] = [31.1, 68.8];
export const DEFAULT_ZOOM = 5;

/** Province outlines are drawn for zoom 5-9 and the basemap is 1:50m, so closer zooms add nothing offline. */
export const MIN_ZOOM = 4;
export const MAX_OFFLINE_ZOOM = 10;
