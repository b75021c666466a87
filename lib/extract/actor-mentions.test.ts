import { describe, expect, it } from "vitest";
import { findActorMentions } from "./actor-mentions";

const names = (text: string) => findActorMentions(text).map((m) => m.actor.name);

describe("findActorMentions", () => {
  it("finds groups by name, alias and acronym", () => {
    expect(names("The Balochistan Liberation Army (BLA) claimed it.")).toEqual(["Balochistan Liberation Army", "Balochistan Liberation Army"]);
    expect(names("by the Indian-sponsored Kharjis")).toEqual(["Tehreek-e-Taliban Pakistan"]);
    expect(names("the Hafiz Gul Bahadur group")).toEqual(["Hafiz Gul Bahadur group"]);
  });

  it("prefers the longest name and ignores case only for full names", () => {
    expect(names("The so-called Islamic State-Khorasan (IS-K) group")).toEqual(["Islamic State Khorasan Province", "Islamic State Khorasan Province"]);
    expect(names("this is what it is")).toEqual([]);
    expect(names("the tehreek-i-taliban pakistan")).toEqual(["Tehreek-e-Taliban Pakistan"]);
  });

  it("does not match inside other words", () => {
    expect(names("BLAST at the ISPRA office, Bajaur")).toEqual([]);
  });
});
