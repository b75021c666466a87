import { describe, expect, it } from "vitest";
import { buildPlaceIndex } from "./place-index";
import { findPlaceMentions } from "./place-mentions";
import { TEST_PLACES } from "./place-test-places";

const index = buildPlaceIndex(TEST_PLACES);
const found = (text: string) => findPlaceMentions(text, index).map((m) => [m.text, m.entries[0]!.kind, m.personLike]);

describe("findPlaceMentions", () => {
  it("matches places, districts and provinces as whole words, longest first", () => {
    expect(found("in the Mir Ali area of North Waziristan district, Khyber Pakhtunkhwa's northwest")).toEqual([
      ["Mir Ali", "place", false],
      ["North Waziristan", "district", false],
      ["Khyber Pakhtunkhwa", "province", false],
    ]);
  });

  it("uses the press's spellings of districts", () => {
    expect(found("killed near Noshki")).toEqual([["Noshki", "district", false]]);
    expect(found("in D.I. Khan")).toEqual([["D.I. Khan", "district", false]]);
  });

  it("flags a name used as a surname", () => {
    expect(found("Deputy Commissioner Habibullah Musakhel told Dawn")).toEqual([["Musakhel", "place", true]]);
    expect(found("Deputy Commissioner Musakhel told Dawn")[0]?.[2]).toBe(false);
  });

  it("skips everyday words unless they name an area", () => {
    expect(found("a Tank and a Police post")).toEqual([]);
    expect(found("the Tank district police")).toEqual([["Tank", "place", false]]);
  });

  it("takes a sounded-out name that speaks for a person", () => {
    const [m] = findPlaceMentions("Nooshki said the attack was over.", index);
    expect(m?.personLike).toBe(true);
    const [n] = findPlaceMentions("The attack in Nooshki was over.", index);
    expect(n?.personLike).toBe(false);
  });
});
