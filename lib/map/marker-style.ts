import { EVENT_TYPE_NAMES } from "@/lib/taxonomy/event-types";

/**
 * How the overview map draws incidents and provinces. Colours are a colour-blind-safe qualitative
 * set (Okabe-Ito) in the order of EVENT_TYPE_NAMES; the province scale is a light-to-dark sequence.
 */
export const EVENT_TYPE_COLOURS: readonly string[] = ["#D55E00", "#0072B2", "#CC79A7", "#009E73", "#E69F00", "#56595c"];

export function eventTypeColour(typeIndex: number): string {
  return EVENT_TYPE_COLOURS[typeIndex] ?? "#56595c";
}

export const EVENT_TYPE_LEGEND = EVENT_TYPE_NAMES.map((name, i) => ({ name, colour: eventTypeColour(i) }));

/** Radius in pixels by killed: area grows with the toll (square root), capped so big events do not hide the rest. */
export function markerRadius(killed: number | null): number {
  if (killed === null || killed <= 0) return 3.5;
  return Math.min(18, 3.5 + 1.8 * Math.sqrt(killed));
}

/** Cluster bubble diameter in pixels by the number of incidents in it. */
export function clusterSize(count: number): number {
  return Math.round(Math.min(46, 22 + 6 * Math.log10(Math.max(1, count))));
}

export const PROVINCE_SHADES = ["#fde9d9", "#fbc0a0", "#f58e68", "#d9553d", "#a52a26"] as const;
export const PROVINCE_EMPTY = "#f2f2ef";

/** Class of a value on a log scale up to `max`: -1 for none, else 0..4. */
export function shadeClass(value: number, max: number): number {
  if (value <= 0 || max <= 0) return -1;
  const k = Math.ceil((Math.log1p(value) / Math.log1p(max)) * PROVINCE_SHADES.length) - 1;
  return Math.max(0, Math.min(PROVINCE_SHADES.length - 1, k));
}

export function provinceFill(value: number, max: number): string {
  const k = shadeClass(value, max);
  return k < 0 ? PROVINCE_EMPTY : PROVINCE_SHADES[k]!;
}

/** The legend's ranges: the lowest and highest whole value falling in each class (empty classes left out). */
export function shadeLegend(max: number): { colour: string; from: number; to: number }[] {
  const out: { colour: string; from: number; to: number }[] = [];
  let from = 1;
  for (let k = 0; k < PROVINCE_SHADES.length && from <= max; k++) {
    let to = Math.min(max, Math.floor(Math.expm1(((k + 1) / PROVINCE_SHADES.length) * Math.log1p(max)) + 1e-9));
    while (to >= from && shadeClass(to, max) > k) to--;
    while (to < max && shadeClass(to + 1, max) === k) to++;
    if (to >= from) {
      out.push({ colour: PROVINCE_SHADES[k]!, from, to });
      from = to + 1;
    }
  }
  return out;
}
