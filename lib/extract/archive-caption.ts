import { daysBetween } from "@/lib/dates/iso-date";
import { findDateMentions } from "./date-mentions";
import type { Sentence } from "./types";

// A photo caption: people in the present tense at a scene ("Security personnel keep watch at the site …").
const CAPTION =
  /^[A-Z][^.,;:]{0,80}?\b(?:walks?|keeps?|stands?|inspects?|gathers?|looks?|arrives?|carr(?:y|ies)|rush(?:es)?|checks?|surveys?|search(?:es)?|examines?|mourns?|attends?|prays?|reacts?|guards?|visits?|collects?|removes?|clears?|helps?|comforts?|sits?|offers?)\b/;

/**
 * A paragraph that opens on a photo caption dated, with its year, more than two days before the page was
 * published shows an earlier attack from the archive ("… at the site of a suicide attack … on October 17,
 * 2011.", in a report of April 2012): it and the rest of its paragraph are not the report's incident,
 * and its date is not the event's (issue #14).
 */
export function isArchiveCaption(s: Sentence, published: string | null): boolean {
  if (!published || !CAPTION.test(s.text)) return false;
  return findDateMentions(s.text, published).some(
    (m) => m.kind === "calendar" && /\b(?:19|20)\d\d\b/.test(s.text.slice(m.index, m.index + m.length + 6)) && daysBetween(m.date, published) > 2,
  );
}

/** The sentences of every paragraph that opens on an archive caption. */
export function archiveCaptionParagraphs(sentences: readonly Sentence[], published: string | null): boolean[] {
  const paragraphs = new Set(sentences.filter((s, i) => sentences[i - 1]?.paragraph !== s.paragraph && isArchiveCaption(s, published)).map((s) => s.paragraph));
  return sentences.map((s) => paragraphs.has(s.paragraph));
}
