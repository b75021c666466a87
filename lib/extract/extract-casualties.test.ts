import { describe, expect, it } from "vitest";
import { findBackground } from "./background";
import { extractCasualties } from "./extract-casualties";
import { splitSentences } from "./sentences";

function casualties(text: string, eventDate: string | null = null, published: string | null = null) {
  const sentences = splitSentences(text);
  const { killed, injured } = extractCasualties(sentences, findBackground(sentences, { eventDate, published }));
  const v = (p: { value: number } | null) => p?.value ?? null;
  return { total: v(killed.total), sf: v(killed.securityForces), civ: v(killed.civilians), mil: v(killed.militants), injured: v(injured.total) };
}

describe("extractCasualties", () => {
  it("counts 'including two officers' as part of the seven, not on top", () => {
    expect(casualties("Seven soldiers, including two officers, were killed when militants rammed a truck into the post.")).toEqual({
      total: 7,
      sf: 7,
      civ: null,
      mil: null,
      injured: null,
    });
  });

  it("adds the attackers' dead to the total and does not add repeated figures", () => {
    const text =
      "Seven soldiers were martyred in an attack on a post. Six terrorists were also neutralised. " +
      "The terrorists rammed a vehicle into the post, martyring five soldiers. Troops killed all six terrorists.";
    expect(casualties(text)).toEqual({ total: 13, sf: 7, civ: null, mil: 6, injured: null });
  });

  it("proposes nothing when the article gives no numbers", () => {
    expect(casualties("Several people were killed and many injured when a bomb went off near a market.")).toEqual({
      total: null,
      sf: null,
      civ: null,
      mil: null,
      injured: null,
    });
  });

  it("leaves out numbers from earlier attacks in background paragraphs", () => {
    const text =
      "At least 23 passengers were killed on Monday after gunmen stopped their buses.\n" +
      "The attack comes months after a similar one in which nine passengers were shot dead. In October last year, gunmen shot dead six labourers.";
    expect(casualties(text, "2024-08-26", "2024-08-26")).toEqual({ total: 23, sf: null, civ: 23, mil: null, injured: null });
  });

  it("keeps to the reported incident when the article reports several", () => {
    const text =
      "Five Chinese nationals and their Pakistani driver were killed on Tuesday when a bomber rammed their convoy.\n" +
      "Earlier in the day, security forces killed four terrorists in Dera Ismail Khan. And in Balochistan, a soldier was martyred.";
    expect(casualties(text)).toEqual({ total: 6, sf: null, civ: 6, mil: null, injured: null });
  });

  it("prefers the named source's figure to an unnamed source's", () => {
    const text = "Two soldiers were martyred and all eight terrorists were killed. An army source said four soldiers had died.";
    expect(casualties(text)).toMatchObject({ total: 10, sf: 2, mil: 8 });
  });

  it("reads a death toll that rose and the injured", () => {
    expect(casualties("The death toll rose to 54, including 23 minors, and at least 83 people were injured.")).toEqual({
      total: 54,
      sf: null,
      civ: 54,
      mil: null,
      injured: 83,
    });
  });

  it("does not count militants killed in a later sweep as the attack's dead", () => {
    const text =
      "Thirteen soldiers were martyred in the suicide attack.\nSecurity forces then launched a sanitisation operation. During the exchange of fire, 14 terrorists were killed.";
    expect(casualties(text)).toMatchObject({ total: 13, sf: 13, mil: null });
  });

  it("offers the soldiers-only count and other figures as alternatives to a total with attackers", () => {
    const sentences = splitSentences("Seven soldiers were martyred when militants attacked the post. All six attackers were killed.");
    const { killed } = extractCasualties(
      sentences,
      sentences.map(() => false),
    );
    expect(killed.total?.value).toBe(13);
    expect(killed.total?.alternatives?.map((a) => a.value)).toEqual(expect.arrayContaining([7]));
  });

  it("puts the attackers on top of a count of the people they killed", () => {
    const text = "Seven people were killed when gunmen stormed a bank on Monday. All three attackers were killed by police.";
    expect(casualties(text)).toMatchObject({ total: 10, mil: 3 });
  });

  it("does not add another account of the militants among the dead to the count of all the dead", () => {
    const text =
      "An airstrike killed nine civilians, police said. Officials said 15 people were killed in the strike. NATO said 10 militants died in the strike and it had no reports of civilian deaths.";
    expect(casualties(text)).toMatchObject({ total: 15, civ: 9, mil: 10 });
  });

  it("takes the attackers' spokesman's toll only when nothing else gives one", () => {
    const text =
      "Fourteen people were killed in a Taliban attack on the district centre. A Taliban spokesman said the militants had taken the district. He said fighters had killed about 20 security force members.";
    expect(casualties(text)).toMatchObject({ total: 14 });
  });

  it("keeps an exact count over a later estimate", () => {
    const text = "Fifty-three people were killed in the blast at the mosque. The health minister told reporters that close to 60 people were killed.";
    expect(casualties(text).total).toBe(53);
  });

  it("reads 'resulted in the death of' and 'claimed 9 lives'", () => {
    expect(casualties("The blast resulted in the death of at least 39 people and left over 80 others injured.")).toMatchObject({ total: 39, injured: 80 });
    expect(casualties("A blast claimed 9 lives in the market.").total).toBe(9);
  });

  it("does not count a campaign's running total or a toll over several days", () => {
    expect(casualties("A suicide bomber killed nine people. The bombing campaign that has killed more than 4,000 people goes on.").total).toBe(9);
    expect(casualties("A bomber killed 16 people at the jirga. The death toll in three days of fighting has increased to 40.").total).toBe(16);
  });

  it("keeps the report's own toll against another source that puts it higher", () => {
    const text =
      "Four people were killed when a bomb went off in a market in Zorabad, police said. " +
      "However, a statement from a rescue service put the death toll higher at five in the blast in Zorabad.";
    expect(casualties(text).total).toBe(4);
  });

  it("reads a headline the page prints twice once", () => {
    expect(casualties("Six Guards Are Killed in Zorabad Six Guards Are Killed in Zorabad").total).toBe(6);
    expect(casualties("A blast in the square wounded 29 people, officials said.A blast in the square wounded 29 people, officials said.").injured).toBe(29);
  });
});
