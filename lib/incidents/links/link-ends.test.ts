import { describe, expect, it } from "vitest";
import { seenFrom, storedEnds } from "./link-ends";

describe("storedEnds", () => {
  it("stores a response from the response to what it answers, whichever page it was made on", () => {
    expect(storedEnds(3, 2, "response_to", "outgoing")).toEqual({ fromId: 3, toId: 2, relation: "response_to" });
    expect(storedEnds(2, 3, "response_to", "incoming")).toEqual({ fromId: 3, toId: 2, relation: "response_to" });
  });

  it("stores a part from the part to the whole", () => {
    expect(storedEnds(9, 4, "part_of", "outgoing")).toEqual({ fromId: 9, toId: 4, relation: "part_of" });
    expect(storedEnds(4, 9, "part_of", "incoming")).toEqual({ fromId: 9, toId: 4, relation: "part_of" });
  });

  it("stores a same-event link once, lower id first, from either end", () => {
    expect(storedEnds(8, 5, "same_event", "mutual")).toEqual({ fromId: 5, toId: 8, relation: "same_event" });
    expect(storedEnds(5, 8, "same_event", "mutual")).toEqual({ fromId: 5, toId: 8, relation: "same_event" });
  });
});

describe("seenFrom", () => {
  const response = { fromId: 3, toId: 2, relation: "response_to" } as const;

  it("reads a directed link outgoing from its start and incoming at its end", () => {
    expect(seenFrom(3, response)).toEqual({ otherId: 2, direction: "outgoing" });
    expect(seenFrom(2, response)).toEqual({ otherId: 3, direction: "incoming" });
  });

  it("reads a same-event link as mutual from both ends", () => {
    const same = { fromId: 5, toId: 8, relation: "same_event" } as const;
    expect(seenFrom(5, same)).toEqual({ otherId: 8, direction: "mutual" });
    expect(seenFrom(8, same)).toEqual({ otherId: 5, direction: "mutual" });
  });
});
