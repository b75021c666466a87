import { formatNumber } from "@/lib/format/intl";
import type { IncidentRef } from "../bulletin-types";

/** A footnote: the incidents behind one number of the PDF, a few by name and the Atlas link to all of them. */
export type PdfNote = { label: string; count: number; refs: IncidentRef[]; href: string };

/** Numbers footnotes in the order the PDF asks for them; the same list (same link) keeps its first number. */
export function createNotes() {
  const notes: PdfNote[] = [];
  return {
    add(note: PdfNote): number {
      const same = notes.findIndex((n) => n.href === note.href);
      if (same >= 0) return same + 1;
      notes.push(note);
      return notes.length;
    },
    all: (): readonly PdfNote[] => notes,
  };
}

/** "Incidents, March 2024: 4 incidents. #2 Suicide truck-bomb…; #5 …; and 2 more. In the Atlas: https://…/incidents?…" */
export function noteText(note: PdfNote, origin: string): string {
  const named = note.refs.map((r) => `#${r.id} ${r.title}`).join("; ");
  const more = note.count > note.refs.length ? `; and ${formatNumber(note.count - note.refs.length)} more` : "";
  const incidents = `${formatNumber(note.count)} ${note.count === 1 ? "incident" : "incidents"}`;
  return `${note.label}: ${incidents}${named ? `. ${named}${more}` : ""}. In the Atlas: ${origin}${note.href}`;
}
