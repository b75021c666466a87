import { describe, expect, it } from "vitest";
import { DIRECTNESS, originatorDirectness } from "./originator-directness";

describe("originatorDirectness", () => {
  it.each([
    ["ISPR", DIRECTNESS.official],
    ["the military's media wing", DIRECTNESS.official],
    ["Police", DIRECTNESS.official],
    ["a spokesman for the provincial government", DIRECTNESS.official],
    ["Lady Reading Hospital", DIRECTNESS.official],
    ["a hospital official", DIRECTNESS.official],
    ["Rescue 1122", DIRECTNESS.official],
    ["the claiming group", DIRECTNESS.named],
    ["Tehreek-e-Taliban Pakistan", DIRECTNESS.named],
    ["security sources", DIRECTNESS.anonymous],
    ["police sources", DIRECTNESS.anonymous],
    ["residents", DIRECTNESS.anonymous],
    ["sources said", DIRECTNESS.anonymous],
    ["", DIRECTNESS.unknown],
    [null, DIRECTNESS.unknown],
  ])("ranks %j as %i", (originator, rank) => {
    expect(originatorDirectness(originator)).toBe(rank);
  });

  it("matches whole words only", () => {
    expect(originatorDirectness("Fcuk Times")).toBe(DIRECTNESS.named);
    expect(originatorDirectness("the FC")).toBe(DIRECTNESS.official);
  });
});
