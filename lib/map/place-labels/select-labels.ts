/** One label as stored in lib/geo/data/place-labels.json: [name, lat, lng, first zoom], in priority order. */
export type PlaceLabel = readonly [name: string, lat: number, lng: number, minZoom: number];

/** A label placed on screen: its anchor (the town's dot) in pixels. */
export type ScreenLabel = { label: PlaceLabel; x: number; y: number };

type Box = { left: number; top: number; right: number; bottom: number };

/** Text is about 6.5 px per character at the label's 12 px size, plus the dot and some air. */
export const LABEL_METRICS = { charWidth: 6.5, height: 16, dotGap: 6, padding: 3 } as const;

function boxOf({ label, x, y }: ScreenLabel): Box {
  const { charWidth, height, dotGap, padding } = LABEL_METRICS;
  const width = label[0].length * charWidth;
  return { left: x - padding, top: y - height / 2 - padding, right: x + dotGap + width + padding, bottom: y + height / 2 + padding };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The labels to draw at a zoom: those whose first zoom has come, inside the view, and clear of
 * every label before them in priority order (the input's order), so labels never pile up and a
 * capital is never hidden by a village.
 */
export function selectLabels(candidates: readonly ScreenLabel[], zoom: number, view: { width: number; height: number }): ScreenLabel[] {
  const kept: ScreenLabel[] = [];
  const boxes: Box[] = [];
  for (const c of candidates) {
    if (c.label[3] > zoom) continue;
    if (c.x < 0 || c.y < 0 || c.x > view.width || c.y > view.height) continue;
    const box = boxOf(c);
    if (boxes.some((b) => overlaps(b, box))) continue;
    kept.push(c);
    boxes.push(box);
  }
  return kept;
}
