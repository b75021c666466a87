import { describe, expect, it } from "vitest";
import { nounAt } from "./casualty-nouns";

describe("nounAt", () => {
  it.each([
    ["soldiers were killed", "securityForces"],
    ["policemen", "securityForces"],
    ["sons of [the] soil, having fought", "securityForces"],
    ["police official were", "securityForces"],
    ["passengers from Punjab", "civilians"],
    ["Chinese", null],
    ["terrorists were sent to hell", "militants"],
    ["suicide bombers attacked", "militants"],
    ["people were injured", "unknown"],
    ["others", "unknown"],
  ])("reads %s as %s", (text, category) => {
    expect(nounAt(text)?.category ?? null).toBe(category);
  });

  it("prefers the longest phrase and reports its length", () => {
    expect(nounAt("police officials said")).toEqual({ category: "securityForces", length: 16, singular: false });
    expect(nounAt("soldierly")).toBeNull();
  });

  it("tells singular nouns from plural ones", () => {
    expect(nounAt("passerby and")?.singular).toBe(true);
    expect(nounAt("personnel")?.singular).toBe(false);
  });
});
