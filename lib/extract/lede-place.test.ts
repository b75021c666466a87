import { describe, expect, it } from "vitest";
import { extractPlace } from "./extract-place";
import { buildPlaceIndex } from "./place-index";
import { TEST_PLACES } from "./place-test-places";
import { splitSentences } from "./sentences";

// The lede's place (decision 011, amendment of 2026-12-06, night). The sentences are made up; the
// places come from the tests' small gazetteer.

const index = buildPlaceIndex(TEST_PLACES);
const placeOf = (text: string) => {
  const sentences = splitSentences(text);
  const p = extractPlace(
    sentences,
    sentences.map(() => false),
    index,
  );
  return { location: p.location?.value ?? null, confidence: p.location?.confidence ?? null };
};

describe("the place named in the lede's attack sentence", () => {
  it("wins over a town that later attack sentences name more often", () => {
    const text =
      "Guards remembered at a vigil\n\nBy a staff writer\n\nMarch 5, 2024\n\nShare this story\n\n" +
      "Seven soldiers were killed when militants attacked a checkpost in Mir Ali on Friday.\n\n" +
      "Militants fired on the post in Miran Shah and killed a guard, officials added. Gunmen also struck a van in Miran Shah.";
    expect(placeOf(text).location).toBe("Mir Ali");
  });
});
