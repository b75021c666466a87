/**
 * The grid the overview map's clusters are cut from (docs/decisions/027): Web Mercator, as Leaflet
 * draws it, with the world split into 2^26 steps a side (about 0.6 m at the equator). At zoom z a
 * cell is 64 screen pixels a side, so there are 2^(z+2) cells a side. Points are kept in Morton
 * (Z-)order of their steps, in which every cell at every zoom is one contiguous run: a cell's count,
 * killed and centre are two binary searches and three subtractions of prefix sums, exactly.
 */
export const GRID_BITS = 26;
const STEPS = 2 ** GRID_BITS;
/** 64 px cells: 256 px tiles hold 4 = 2^2 cells a side. */
export const CELL_PX = 64;
const CELL_SHIFT = 2;
export const MAX_LATITUDE = 85.0511287798;

/** The level of the grid whose cells are CELL_PX wide at `zoom` (bits a side). */
export const cellLevel = (zoom: number) => zoom + CELL_SHIFT;

/** Longitude to grid steps, 0 .. 2^26 - 1. */
export function stepX(lng: number): number {
  const x = Math.floor(((lng + 180) / 360) * STEPS);
  return Math.min(STEPS - 1, Math.max(0, x));
}

/** Latitude to grid steps, 0 (north) .. 2^26 - 1 (south). */
export function stepY(lat: number): number {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * STEPS);
  return Math.min(STEPS - 1, Math.max(0, y));
}

/** Grid steps (fractional, e.g. a mean) back to longitude and latitude. */
export const lngOfStep = (x: number) => (x / STEPS) * 360 - 180;
export const latOfStep = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / STEPS))) * 180) / Math.PI;

/** Spreads the low 13 bits of v to the even bits of a 26-bit number. */
function spread(v: number): number {
  v &= 0x1fff;
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  v = (v | (v << 1)) & 0x55555555;
  return v;
}

/** The Morton code's two 26-bit halves (x on the even bits, y on the odd). */
export const mortonHigh = (x: number, y: number) => spread(x >>> 13) | (spread(y >>> 13) << 1);
export const mortonLow = (x: number, y: number) => spread(x & 0x1fff) | (spread(y & 0x1fff) << 1);
/** The whole 52-bit code as a number (exact: below 2^53). */
export const morton = (x: number, y: number) => mortonHigh(x, y) * STEPS + mortonLow(x, y);

/** The run of codes in cell (cx, cy) at `level`: [from, to). */
export function cellCodes(cx: number, cy: number, level: number): [number, number] {
  const size = 2 ** (GRID_BITS - level);
  const from = morton(cx * size, cy * size);
  return [from, from + size * size];
}

/** The finest level at which two codes share a cell (GRID_BITS when they are the same step). */
export function sharedLevel(a: number, b: number): number {
  for (let level = GRID_BITS; level > 0; level--) {
    const size = 4 ** (GRID_BITS - level);
    if (Math.floor(a / size) === Math.floor(b / size)) return level;
  }
  return 0;
}

/** The cells at `zoom` that a bbox touches: column and row ranges, inclusive. */
export function cellsInBbox([west, south, east, north]: readonly [number, number, number, number], zoom: number) {
  const shift = GRID_BITS - cellLevel(zoom);
  return {
    x0: stepX(west) >>> shift,
    x1: stepX(east) >>> shift,
    y0: stepY(north) >>> shift,
    y1: stepY(south) >>> shift,
  };
}
