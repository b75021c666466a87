import { describe, expect, it } from "vitest";
import { buildPlaceIndex } from "./place-index";
import { findPlaceMentions } from "./place-mentions";
import { datelineEnd, kindHint, pickEntry, scoreMention } from "./place-scoring";
import { TEST_PLACES } from "./place-test-places";
import { splitSentences } from "./sentences";

const index = buildPlaceIndex(TEST_PLACES);
const context = { crowded: false, dateline: 0, attackSentence: true };

function first(text: string) {
  const s = splitSentences(text)[0]!;
  return { s, m: findPlaceMentions(s.text, index)[0]! };
}

describe("place scoring", () => {
  it("finds where a dateline ends", () => {
    for (const text of [
      "PESHAWAR, Pakistan (AP) — A bomber struck.",
      "Kabul/Madrid, May 18: Three died.",
      "QUETTA: Nine died.",
      "date 2025-02-20 Islamabad: Gunmen killed seven.",
      "Islamabad, Feb 19 (PTI) Unidentified gunmen killed seven.",
    ]) {
      const s = splitSentences(text)[0]!;
      expect(datelineEnd(s, true)).toBeGreaterThan(0);
    }
    expect(datelineEnd(splitSentences("Seven soldiers were killed.")[0]!, true)).toBe(0);
  });

  it("scores the place of the attack above a press conference and a home town", () => {
    const attack = first("Militants attacked a post in Mir Ali.");
    const press = first("Speaking in Sialkot, the minister condemned the attack.");
    const home = first("The dead included Sepoy Raja, a resident of Peshawar, who was killed.");
    const score = (x: typeof attack) => scoreMention(x.m, x.s, context);
    expect(score(attack)).toBeGreaterThan(score(press));
    expect(score(attack)).toBeGreaterThan(score(home));
  });

  it("reads the kind of place the wording asks for", () => {
    const { s, m } = first("Strikes hit Kalat district overnight.");
    expect(kindHint(m, s)).toBe("district");
    expect(pickEntry(m, "district", new Set()).kind).toBe("district");
  });

  it("picks the same-named place in the province the article names", () => {
    const { s, m } = first("Eighteen soldiers were martyred in Kalat.");
    expect(pickEntry(m, kindHint(m, s), new Set(["Balochistan"])).country).toBe("PAK");
    expect(pickEntry(m, kindHint(m, s), new Set(["Zabul"])).country).toBe("AFG");
  });

  it("scores down a landmark measured from, a hospital and a bus's destination", () => {
    const score = (text: string) => {
      const x = first(text);
      return scoreMention(x.m, x.s, context);
    };
    const attack = score("A drone struck a compound in Mir Ali.");
    expect(score("A drone struck a compound 50 kilometres west of Mir Ali.")).toBeLessThan(attack - 4);
    expect(score("The wounded were shifted to Lady Reading Hospital Peshawar after the attack.")).toBeLessThan(attack - 3);
    expect(score("Gunmen attacked a bus travelling from the capital to the northern city of Sialkot.")).toBeLessThan(attack - 3);
  });

  it("scores down a city standing for its government", () => {
    const score = (text: string) => {
      const x = first(text);
      return scoreMention(x.m, x.s, context);
    };
    const attack = score("Militants attacked a post in Peshawar.");
    expect(score("Kabul has assured Peshawar it would not allow attacks.")).toBeLessThan(attack - 3);
    expect(score("Peshawar denies the allegations about the attacks.")).toBeLessThan(attack - 3);
  });

  it("scores down the start of a route", () => {
    const x = first("Gunmen attacked a bus travelling from Peshawar to Sialkot.");
    expect(scoreMention(x.m, x.s, context)).toBeLessThan(
      scoreMention(first("Gunmen attacked a bus in Peshawar.").m, first("Gunmen attacked a bus in Peshawar.").s, context) - 3,
    );
  });

  it("reads the name after 'district of' as the province around it", () => {
    const s = splitSentences("Twelve people were killed in Shah Wali Kot district of Peshawar on Monday.")[0]!;
    const m = findPlaceMentions(s.text, index).find((x) => x.text === "Peshawar")!;
    expect(kindHint({ ...m, entries: [...m.entries, { ...m.entries[0]!, kind: "province" }] }, s)).toBe("province");
    expect(kindHint(m, s)).toBeNull();
  });
});
