import { describe, expect, it } from "vitest";
import { extractPlace } from "./extract-place";
import { buildPlaceIndex } from "./place-index";
import { TEST_PLACES } from "./place-test-places";
import { splitSentences } from "./sentences";

const index = buildPlaceIndex(TEST_PLACES);

function place(text: string, background: boolean[] = []) {
  const sentences = splitSentences(text);
  const p = extractPlace(
    sentences,
    sentences.map((_, i) => background[i] ?? false),
    index,
  );
  return [p.location?.value ?? null, p.district?.value ?? null, p.province?.value ?? null, p.country?.value ?? null];
}

describe("extractPlace", () => {
  it("prefers the place of the attack over the place of the press conference", () => {
    const text =
      "Speaking in Sialkot on Sunday, the defence minister said terrorism came from Afghanistan. " +
      "Seven soldiers were killed when militants rammed a truck into a checkpost in Mir Ali, North Waziristan.";
    expect(place(text)).toEqual(["Mir Ali", "North Waziristan", "Khyber Pakhtunkhwa", "PAK"]);
  });

  it("ignores the home towns of the dead and a surname that is a place", () => {
    const text =
      "Nine passengers were killed near Noshki. Deputy Commissioner Habibullah Musakhel told Dawn the gunmen fled. " +
      "The martyrs included Sepoy Raja, a resident of Peshawar, and Sepoy Ali of District Karachi.";
    expect(place(text)[0]).toBe("Noshki");
  });

  it("chooses among places of the same name by the province the article names", () => {
    expect(place("Eighteen soldiers were martyred in Kalat, Balochistan.")).toEqual(["Kalat", "Kalat", "Balochistan", "PAK"]);
  });

  it("ignores places in background sentences", () => {
    expect(place("Five people were killed. In 2021 a blast killed 13 in Peshawar.", [false, true])[0]).toBeNull();
  });

  it("falls back to the province when no town or district is named, with no point", () => {
    expect(place("Gunmen killed two men in Balochistan.")).toEqual(["Balochistan", null, "Balochistan", "PAK"]);
  });

  it("offers the next readings of the place and province as alternatives", () => {
    const sentences = splitSentences("Militants attacked a post in Mir Ali. The wounded were later seen in Sialkot market by militants who attacked.");
    const p = extractPlace(
      sentences,
      sentences.map(() => false),
      index,
    );
    expect(p.location?.value).toBe("Mir Ali");
    expect(p.location?.alternatives?.map((a) => a.value)).toContain("Sialkot");
    expect(p.province?.alternatives?.map((a) => a.value)).toContain("Punjab");
  });

  it("reads 'the capital of X province' as the province's capital", () => {
    expect(place("Gunmen stormed an office in the capital of northwestern Khyber Pakhtunkhwa province.")).toEqual([
      "Peshawar",
      "Peshawar",
      "Khyber Pakhtunkhwa",
      "PAK",
    ]);
  });
});

describe("extractPlace confidence", () => {
  const confidence = (text: string) => {
    const sentences = splitSentences(text);
    return extractPlace(
      sentences,
      sentences.map(() => false),
      index,
    ).location?.confidence;
  };

  it("is lower when another place in the report scores nearly as well", () => {
    const alone = confidence("Seven soldiers were killed when militants attacked a checkpost in Mir Ali on Sunday. The attackers fled after the attack.");
    const contested = confidence(
      "Seven soldiers were killed when militants attacked a checkpost in Mir Ali on Sunday. The attackers fled after the attack near Miran Shah.",
    );
    expect(alone).toBeGreaterThanOrEqual(0.8);
    expect(contested).toBeLessThan(alone!);
  });
});
