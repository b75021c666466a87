import type { LinkDirection, LinkRelation } from "@/lib/taxonomy/link-relations";

/** A link as stored: from -> to. */
export type StoredEnds = { fromId: number; toId: number; relation: LinkRelation };

/**
 * Where a new link is stored, given the incident it was made from, the other one and the direction
 * seen from the first: a response points at what it responds to, a part at its whole, and a
 * same-event link is stored once with the lower id first, so either page finds the duplicate.
 */
export function storedEnds(hereId: number, otherId: number, relation: LinkRelation, direction: LinkDirection): StoredEnds {
  if (relation === "same_event") return { fromId: Math.min(hereId, otherId), toId: Math.max(hereId, otherId), relation };
  return direction === "incoming" ? { fromId: otherId, toId: hereId, relation } : { fromId: hereId, toId: otherId, relation };
}

/** A stored link seen from one of its ends: the other incident and which way the link reads from here. */
export function seenFrom(hereId: number, link: StoredEnds): { otherId: number; direction: LinkDirection } {
  const otherId = link.fromId === hereId ? link.toId : link.fromId;
  if (link.relation === "same_event") return { otherId, direction: "mutual" };
  return { otherId, direction: link.fromId === hereId ? "outgoing" : "incoming" };
}
