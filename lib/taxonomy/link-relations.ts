import type { LinkRelation as LinkRelationEnum } from "@/generated/prisma/enums";

/**
 * How two incidents relate (docs/decisions/021-linked-incidents.md). The values are the Prisma enum
 * LinkRelation. "response_to" and "part_of" are directed: a link is stored from the response (or the
 * part) to what it responds to (or is part of). "same_event" is symmetric and stored once.
 * `outgoing` names the other record seen from the link's start, `incoming` seen from its end.
 */
export const LINK_RELATIONS = {
  response_to: {
    label: "Response to",
    outgoing: "Response to",
    incoming: "Responses to it",
    words: "response to",
    reverseWords: "responded to by",
    directed: true,
  },
  part_of: { label: "Part of", outgoing: "Part of", incoming: "Parts", words: "part of", reverseWords: "has part", directed: true },
  same_event: {
    label: "Same event as",
    outgoing: "Same event as",
    incoming: "Same event as",
    words: "same event as",
    reverseWords: "same event as",
    directed: false,
  },
} as const satisfies Record<LinkRelationEnum, object>;

export type LinkRelation = keyof typeof LINK_RELATIONS;
export const LINK_RELATION_NAMES = Object.keys(LINK_RELATIONS) as [LinkRelation, ...LinkRelation[]];

/** Which way a link reads from one incident: it starts here, ends here, or (same event) both. */
export const LINK_DIRECTIONS = ["outgoing", "incoming", "mutual"] as const;
export type LinkDirection = (typeof LINK_DIRECTIONS)[number];

/**
 * What the form offers, seen from the incident being edited: each directed relation both ways round,
 * so an analyst on the Mir Ali page can say "responded to by" the strikes as well as the reverse.
 */
export const LINK_CHOICES = {
  response_to: { relation: "response_to", direction: "outgoing", label: "This incident is a response to…" },
  responded_by: { relation: "response_to", direction: "incoming", label: "This incident was responded to by…" },
  part_of: { relation: "part_of", direction: "outgoing", label: "This incident is part of…" },
  has_part: { relation: "part_of", direction: "incoming", label: "This incident has as a part…" },
  same_event: { relation: "same_event", direction: "mutual", label: "This incident is the same event as…" },
} as const satisfies Record<string, { relation: LinkRelation; direction: LinkDirection; label: string }>;

export type LinkChoice = keyof typeof LINK_CHOICES;
export const LINK_CHOICE_NAMES = Object.keys(LINK_CHOICES) as [LinkChoice, ...LinkChoice[]];

/** The heading a link is listed under on an incident's page: "Response to", "Responses to it", "Same event as". */
export function linkHeading(relation: LinkRelation, direction: LinkDirection): string {
  return direction === "incoming" ? LINK_RELATIONS[relation].incoming : LINK_RELATIONS[relation].outgoing;
}

/** The link in the words of a History line, from this incident: "response to", "responded to by". */
export function linkWords(relation: LinkRelation, direction: LinkDirection): string {
  return direction === "incoming" ? LINK_RELATIONS[relation].reverseWords : LINK_RELATIONS[relation].words;
}
