/**
 * What an ACLED row says that Atlas has no field for (the outlets it cites, their scale, its tags)
 * is kept, verbatim, in labelled lines at the end of the summary, so it stays with the record and is
 * written back to the same ACLED columns on export. See docs/decisions/004-acled-import.md.
 */
const LABELS = { source: "ACLED source", sourceScale: "ACLED source scale", tags: "ACLED tags" } as const;

export type AcledProvenance = { source: string | null; sourceScale: string | null; tags: string | null };

/** ACLED's source list ("Dawn; The News;Twitter") as outlet names. */
export function splitSourceList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(";")
        .map((s) => s.replace(/\s+/g, " ").trim())
        .filter(Boolean),
    ),
  ];
}

export function withAcledProvenance(notes: string, p: AcledProvenance): string {
  const outlets = p.source ? splitSourceList(p.source) : [];
  const lines = [
    outlets.length ? `${LABELS.source}: ${outlets.join("; ")}` : null,
    p.sourceScale?.trim() ? `${LABELS.sourceScale}: ${p.sourceScale.trim()}` : null,
    p.tags?.trim() ? `${LABELS.tags}: ${p.tags.trim()}` : null,
  ].filter((l): l is string => l !== null);
  const body = notes.trim();
  if (!lines.length) return body;
  return body ? `${body}\n\n${lines.join("\n")}` : lines.join("\n");
}

export function readAcledProvenance(summary: string): AcledProvenance {
  const read = (label: string) => {
    const m = new RegExp(`^${label}: (.*)$`, "m").exec(summary);
    return m ? m[1]!.trim() : null;
  };
  return { source: read(LABELS.source), sourceScale: read(LABELS.sourceScale), tags: read(LABELS.tags) };
}

const UNTIDY = /[\r\n\t]| {2}/;

/** ACLED notes, tidied: trimmed, runs of spaces and tabs collapsed, line breaks kept. */
export function tidyNotes(notes: string): string {
  // Most notes are one tidy line: skip the split and the regular expressions for them.
  if (!UNTIDY.test(notes)) return notes.trim();
  return notes
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
