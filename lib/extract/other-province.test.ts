import { describe, expect, it } from "vitest";
import { otherProvinceClauses, otherProvinceSentences } from "./other-province";
import { buildPlaceIndex } from "./place-index";
import { TEST_PLACES } from "./place-test-places";
import { splitSentences } from "./sentences";

const index = buildPlaceIndex(TEST_PLACES);
const marks = (text: string, province: string | null) => otherProvinceSentences(splitSentences(text), index, province);

describe("otherProvinceSentences", () => {
  it("marks an attack in another province, not the incident's own or a mere mention", () => {
    const text =
      "Eight policemen were killed in Mir Ali on Monday night. " +
      "On Monday, two policemen were killed in an attack in Punjab. " +
      "Officials in Punjab condemned the violence. " +
      "The wounded from Mir Ali were taken to Punjab after the attack.";
    expect(marks(text, "Khyber Pakhtunkhwa")).toEqual([false, true, false, false]);
  });

  it("does not read the dateline as the place of the attack", () => {
    expect(marks("PUNJAB – A car bomb killed nine policemen and a boy on Monday in a town of the north-west.", "Khyber Pakhtunkhwa")).toEqual([false]);
    expect(marks("A car bomb killed nine policemen in Punjab on Monday.", "Khyber Pakhtunkhwa")).toEqual([true]);
  });

  it("marks nothing while the incident's province is unknown", () => {
    expect(marks("Two policemen were killed in an attack in Punjab.", null)).toEqual([false]);
  });
});

describe("otherProvinceClauses", () => {
  const spans = (text: string, province: string | null) => {
    const sentences = splitSentences(text);
    return otherProvinceClauses(sentences, index, province).map((ss, i) => ss.map(([a, b]) => sentences[i]!.text.slice(a, b).trim()));
  };

  it("cuts out the clause about an attack in another province", () => {
    const text = "Militants struck in Mir Ali, leaving 15 soldiers dead there, and in Punjab, where they killed four policemen, officials said.";
    expect(spans(text, "Khyber Pakhtunkhwa")).toEqual([["in Punjab, where they killed four policemen, officials said."]]);
  });

  it("keeps a province the article names together with the incident's as part of it", () => {
    const text = "Strikes hit Khyber Pakhtunkhwa and Punjab overnight. Six were killed in Mir Ali, and two were killed in Punjab.";
    expect(spans(text, "Khyber Pakhtunkhwa")).toEqual([[], []]);
  });
});
