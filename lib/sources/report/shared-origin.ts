import type { ReportedFiguresTable } from "./report-differences";

/**
 * Figures whose every report traces to one originator: "Killed (total): all 3 sources cite ISPR".
 * Several outlets repeating one official statement are one origin, not independent confirmation,
 * and analysts weigh official-only tolls in this region accordingly (issue #13). A source that does
 * not say whom it got a figure from leaves the origin unknown, so no note is made for that figure.
 */
export type SharedOrigin = { labels: string[]; originator: string; sourceCount: number };

/** Originators compared without case, spacing or a leading "the" ("The army" = "the  Army"). */
const originKey = (originator: string) => originator.trim().toLowerCase().replace(/\s+/g, " ").replace(/^the /, "");

export function sharedOrigins(table: ReportedFiguresTable): SharedOrigin[] {
  const notes = new Map<string, SharedOrigin>();
  for (const field of table.fields) {
    const stating = table.rows.filter((r) => r.cells[field.path]);
    if (stating.length < 2 || stating.some((r) => !r.originator?.trim())) continue;
    const keys = new Set(stating.map((r) => originKey(r.originator!)));
    if (keys.size !== 1) continue;
    // Figures resting on the same sources and origin share one note.
    const noteKey = `${[...keys][0]}|${stating.map((r) => r.id).join(",")}`;
    const note = notes.get(noteKey) ?? { labels: [], originator: stating[0]!.originator!.trim(), sourceCount: stating.length };
    note.labels.push(field.label);
    notes.set(noteKey, note);
  }
  return [...notes.values()];
}
