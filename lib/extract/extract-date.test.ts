import { describe, expect, it } from "vitest";
import { findBackground } from "./background";
import { extractEventDate } from "./extract-date";
import { splitSentences } from "./sentences";

function dateOf(text: string, published: string | null) {
  const sentences = splitSentences(text);
  return extractEventDate(sentences, findBackground(sentences, { eventDate: null, published }), published);
}

describe("extractEventDate", () => {
  it("prefers the day tied to the attack over the day of the remarks", () => {
    const text =
      "The minister said on Sunday that terrorism came from abroad. " +
      "Seven soldiers were killed on Saturday when militants rammed a truck into a checkpost.";
    const p = dateOf(text, "2024-03-17");
    expect(p?.value).toBe("2024-03-16");
    expect(p?.evidence).toContain("Seven soldiers");
  });

  it("dates 'a day after' the attack to the day before the remarks", () => {
    expect(dateOf("The minister said on Sunday, a day after militants attacked a post, that it must stop.", "2024-03-17")?.value).toBe("2024-03-16");
  });

  it("reads an absolute date as written", () => {
    expect(dateOf("On 9 June 2024, an IED exploded on a vehicle, killing seven.", "2024-06-10")?.value).toBe("2024-06-09");
  });

  it("ignores the day a group claimed the attack", () => {
    expect(dateOf("IS-K on Monday claimed responsibility for Sunday's attack that killed 54.", "2023-08-01")?.value).toBe("2023-07-30");
  });

  it("ignores dates of earlier attacks in background paragraphs", () => {
    const text = "Five people were killed in a blast on Tuesday.\nIn March last year, a bomber killed three people on March 21.";
    expect(dateOf(text, "2025-02-11")?.value).toBe("2025-02-11");
  });

  it("proposes nothing when no day can be resolved", () => {
    expect(dateOf("Twelve people were killed on Tuesday outside a court.", null)).toBeNull();
  });

  it("dates the incident by its lede rather than a later paragraph's own date", () => {
    const text =
      "Two soldiers were martyred on Saturday in a roadside blast in Bara.\n" +
      "The military said the area was being cleared.\n" +
      "On March 10, five terrorists were killed by security forces in North Waziristan.";
    expect(dateOf(text, "2023-04-08")?.value).toBe("2023-04-08");
  });

  it("falls back to the publication date, with low confidence, when no day is named", () => {
    const p = dateOf("A drone fired two missiles into a compound, killing 10 militants.", "2010-05-09");
    expect([p?.value, p?.start, p?.confidence]).toEqual(["2010-05-09", null, 0.4]);
    expect(dateOf("A drone fired two missiles into a compound.", null)).toBeNull();
  });

  it("gives the day officials spoke no lede bonus over the day the attack is said to have happened", () => {
    const text =
      "Afghan officials yesterday said that 15 people were killed in an apparent airstrike in Kunar.\n" +
      "NATO said it had no reports of civilian deaths.\n" +
      "The police chief said the airstrike hit a pickup truck soon after militants boarded it on Saturday evening.";
    expect(dateOf(text, "2013-09-09")?.value).toBe("2013-09-07");
  });

  it("offers other days the article names as alternatives", () => {
    const p = dateOf(
      "Seven soldiers were killed on Saturday when militants attacked a post. The minister said on Sunday the attack came from abroad.",
      "2024-03-17",
    );
    expect(p?.value).toBe("2024-03-16");
    expect(p?.alternatives?.map((a) => a.value)).toContain("2024-03-17");
  });
});
