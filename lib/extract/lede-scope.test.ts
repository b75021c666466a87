import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import { inLedeScope, ledeCount, takesInLede } from "./lede-scope";
import { splitSentences } from "./sentences";

// The lede event's toll (decision 011, amendment of 2026-12-06, night). Every text here is made up.

const killedOf = (text: string) => {
  const r = extractArticle({ text, publishedAt: "2024-05-08" });
  return { total: r.killed.total?.value ?? null, alternatives: r.killed.total?.alternatives?.map((a) => a.value) ?? [] };
};

describe("the lede's toll against later counts", () => {
  it("does not let a province's yearly figure outbid the lede's two dead", () => {
    const r = killedOf(
      "Two guards of the Vale Scouts were killed when gunmen fired on their post in Brindlemoor on Monday.\n\nThe valley saw many attacks last spring.\n\nThe province had the highest number of fatalities at 407, followed by the coast (208).",
    );
    expect(r.total).toBe(2);
    expect(r.alternatives).toContain(407);
  });

  it("does not let a later count of soldiers from another raid outbid the lede", () => {
    expect(
      killedOf(
        "Two constables were killed when gunmen raided a post in Brindlemoor on Monday.\n\nReports told of a raid where at least 23 soldiers were martyred and many others were hurt.",
      ).total,
    ).toBe(2);
  });

  it("takes a later larger count that says the toll grew", () => {
    expect(killedOf("Four people were reported dead after the blast in Brindlemoor on Monday. The officer said the death toll had reached five.").total).toBe(
      5,
    );
  });

  it("takes a later larger count that takes the lede's dead in", () => {
    expect(
      killedOf(
        "The blast at a wake in Brindlemoor on Monday also caused the death of three cousins of a councillor.\n\nAn explosion ripped through the mourners, resulting in the death of 28 people, including the three cousins.",
      ).total,
    ).toBe(28);
  });

  it("takes a restatement that names the lede's count as one of its parts", () => {
    expect(
      killedOf(
        'Five visiting engineers were killed when their van was attacked near Brindlemoor on Monday. "Five engineers and their driver were killed in the attack," he said.',
      ).total,
    ).toBe(6);
  });
});

describe("how sure a toll is", () => {
  const confidenceOf = (text: string) => extractArticle({ text, publishedAt: "2024-05-08" }).killed.total?.confidence ?? null;
  it("keeps a toll the lede paragraphs give as high", () => {
    expect(confidenceOf("Gunmen attacked a post in Brindlemoor on Monday, killing five guards.\n\nThe post guards a bridge.")).toBeGreaterThanOrEqual(0.8);
  });
  it("shows a toll found only further down as medium", () => {
    expect(
      confidenceOf(
        "Gunmen attacked a post in Brindlemoor on Monday.\n\nThe post guards a bridge over the river.\n\nThe bridge was built long ago.\n\nFive guards were killed, the officer said.",
      ),
    ).toBeLessThan(0.8);
  });
});

describe("lede-scope parts", () => {
  const [lede, later] = splitSentences("Two guards were killed at the gate on Monday. Later the toll stood at six.");
  it("reads the lede's count from its first body sentence, whole counts and victims' parts alike", () => {
    expect(ledeCount([], [{ count: 2, sentence: lede!, alternative: false }])).toEqual({ sentence: lede, count: 2 });
    expect(ledeCount([{ count: 9, sentence: lede!, alternative: true }], [])).toBeNull();
  });
  it("keeps smaller counts and larger ones with a cue of growth", () => {
    const scope = { sentence: lede!, count: 2 };
    expect(inLedeScope({ count: 6, sentence: later!, alternative: false }, scope)).toBe(true);
    const [other] = splitSentences("The region lost 60 people in raids that year.");
    expect(inLedeScope({ count: 60, sentence: other!, alternative: false }, scope)).toBe(false);
    expect(inLedeScope({ count: 1, sentence: other!, alternative: false }, scope)).toBe(true);
  });
  it("hears 'including the three' only when three is the lede's count", () => {
    expect(takesInLede("28 died, including the three cousins", 3)).toBe(true);
    expect(takesInLede("28 died, including three children", 4)).toBe(false);
  });
});
