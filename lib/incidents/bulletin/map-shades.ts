/**
 * The bulletin map's shading: five steps by share of the busiest province's incidents, the same in the
 * HTML map and the PDF. Colours are given as SVG/PDF fill values (no style attribute, for the CSP).
 */
export const MAP_SHADES = ["#eef1f4", "#fde0c5", "#f9a66c", "#e4572e", "#a4161a"] as const;

/** 0 for none, else 1-4 by quarter of the maximum. */
export function shadeStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

/** The legend: "none", then each step's range of incidents ("1–3", "4–6", …); steps without a whole number are left out. */
export function shadeLegend(max: number): { step: number; label: string }[] {
  const legend = [{ step: 0, label: "none" }];
  for (let step = 1; step <= 4; step++) {
    const low = step === 1 ? 1 : Math.floor(((step - 1) * max) / 4) + 1;
    const high = Math.floor((step * max) / 4);
    if (high >= low) legend.push({ step, label: low === high ? `${low}` : `${low}–${high}` });
  }
  return legend;
}
