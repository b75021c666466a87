/** A record the link form suggests as the analyst types: "#12 · Suicide truck-bomb… (2024-03-16)". */
export type LinkCandidate = { id: number; label: string };

export function candidateLabel(id: number, title: string, eventDate: string): string {
  return `#${id} · ${title} (${eventDate})`;
}
