import { describe, expect, it } from "vitest";
import { findGroups } from "./casualty-groups";

const brief = (text: string) => findGroups(text).map((g) => [g.count, g.category, g.subset, g.bare]);

describe("findGroups", () => {
  it("reads counts in digits and words with their nouns", () => {
    expect(brief("At least 10 policemen were martyred and nine others were injured")).toEqual([
      [10, "securityForces", false, false],
      [9, "unknown", false, false],
    ]);
    expect(brief("Eighteen Frontier Corps (FC) soldiers embraced martyrdom")).toEqual([[18, "securityForces", false, false]]);
  });

  it("marks parts of a count given before", () => {
    expect(brief("Seven soldiers, including two officers, were killed")).toEqual([
      [7, "securityForces", false, false],
      [2, "securityForces", true, false],
    ]);
    expect(brief("Seven soldiers, two of them officers, were martyred")[1]).toEqual([2, "securityForces", true, false]);
    expect(brief("11 of the injured were admitted")).toEqual([[11, "unknown", true, true]]);
  });

  it("counts 'a' and 'their' only before a singular casualty noun", () => {
    expect(brief("five children, a passerby and a police official were killed")).toEqual([
      [5, "civilians", false, false],
      [1, "civilians", false, false],
      [1, "securityForces", false, false],
    ]);
    expect(brief("Five Chinese nationals and their Pakistani driver were killed")).toEqual([
      [5, "civilians", false, false],
      [1, "civilians", false, false],
    ]);
    expect(brief("a blast on a bus and a house")).toEqual([]);
  });

  it("skips years, times, ages and measures", () => {
    expect(brief("In 2021 at 3 am, the 35-year-old, aged 40, used 12 kg over 2 hours")).toEqual([]);
  });

  it("keeps bare numbers for the verb check", () => {
    expect(brief("injured more than 60")).toEqual([[60, "unknown", false, true]]);
  });

  it("does not read the parts of a date or of a range of days as counts", () => {
    expect(brief("2024-10-27 Four policemen and two civilians among the dead")).toEqual([
      [4, "securityForces", false, false],
      [2, "civilians", false, false],
    ]);
    expect(brief("On 26-27 May, twenty-three terrorists were killed")).toEqual([[23, "militants", false, false]]);
  });

  it("finds a single victim's noun three words on", () => {
    expect(brief("A Pakistan Army soldier was martyred")).toEqual([[1, "securityForces", false, false]]);
  });

  it("counts members of a community", () => {
    expect(brief("At least 25 members of the Shia community were killed")).toEqual([[25, "unknown", false, false]]);
  });

  it("reads a count after a word that starts like a month as people, not a day", () => {
    expect(brief("gunmen stormed the shrine and martyred 38 civilians")).toEqual([[38, "civilians", false, false]]);
    expect(brief("on Mar. 12 nine people were killed")).toEqual([[9, "unknown", false, false]]);
  });

  it("reads 'both' before a plural noun as two, and a boy, a girl or a law enforcer as one person each", () => {
    expect(brief("Both gunmen were shot in the return fire")).toEqual([[2, "militants", false, false]]);
    expect(brief("both sides traded fire")).toEqual([]);
    expect(brief("A girl and a teenage boy died when a federal law enforcer fired")).toEqual([
      [1, "civilians", false, false],
      [1, "civilians", false, false],
      [1, "securityForces", false, false],
    ]);
  });
});
