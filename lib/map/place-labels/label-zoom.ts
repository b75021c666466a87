/** What a place label needs: the build (scripts/geodata/build-place-labels.ts) keeps only this. */
export type LabelPlace = { name: string; featureCode: string; population: number };

/**
 * The first zoom a place's label is drawn at: capitals and the largest cities from the region's
 * overview (zoom 4 on a phone, 5 on a wider screen), province capitals and large towns one step closer, and every town of the
 * gazetteer once a district fills the map. Collisions are settled on screen (select-labels.ts).
 */
export function labelMinZoom(place: LabelPlace): number {
  const { featureCode: code, population: pop } = place;
  // Zoom 4 is the region on a phone: the capitals and the largest cities only.
  if (code === "PPLC" || pop >= 2_000_000) return 4;
  if (pop >= 1_000_000 || (code === "PPLA" && pop >= 200_000)) return 5;
  if (code === "PPLA" || pop >= 300_000) return 6;
  if (pop >= 75_000) return 7;
  if (code === "PPLA2" || pop >= 20_000) return 8;
  return 9;
}

const CODE_RANK: Readonly<Record<string, number>> = { PPLC: 3, PPLA: 2, PPLA2: 1 };

/** Which label wins where two would overlap: the earlier zoom, then the seat of government, then the larger town. */
export function compareLabelPriority(a: LabelPlace, b: LabelPlace): number {
  return (
    labelMinZoom(a) - labelMinZoom(b) ||
    (CODE_RANK[b.featureCode] ?? 0) - (CODE_RANK[a.featureCode] ?? 0) ||
    b.population - a.population ||
    a.name.localeCompare(b.name)
  );
}
