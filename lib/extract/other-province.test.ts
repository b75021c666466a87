import { describe, expect, it } from "vitest";
import { otherProvinceSentences } from "./other-province";
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

  it("marks nothing while the incident's province is unknown", () => {
    expect(marks("Two policemen were killed in an attack in Punjab.", null)).toEqual([false]);
  });
});
