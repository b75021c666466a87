import { describe, expect, it } from "vitest";
import { findDateMentions } from "./date-mentions";
import { extractArticle } from "./extract-article";

// The date rules of the round on the locked set (decision 011, amendment of 2026-12-08). Every text here
// is made up for the test; the people's and places' names are invented.

const dateOf = (text: string, publishedAt: string | null) => extractArticle({ text, publishedAt }).eventDate?.value ?? null;
const dates = (text: string, published: string | null, years: number[] = []) => findDateMentions(text, published, years).map((m) => m.date);

describe("a day named with its weekday on a page with no date", () => {
  it("takes its year from the text when the weekday agrees with it, and only then", () => {
    // 22 September 2019 was a Sunday; 22 September 2018 a Saturday.
    expect(dates("It came under fire during Sunday (September 22) night's raid.", null, [2019])).toEqual(["2019-09-22"]);
    expect(dates("It came under fire during Sunday (September 22) night's raid.", null, [2018])).toEqual([]);
    expect(dates("It came under fire on September 22.", null, [2019])).toEqual([]);
  });

  it("dates the attack by it rather than by an archive photo's caption", () => {
    const text = [
      "Villagers carry a coffin after a raid in Dorvan district, March 3, 2019.",
      "Officials said the house came under fire during Sunday (September 22) night's attack in Kelmar district, killing 12 villagers.",
    ].join("\n\n");
    expect(dateOf(text, null)).toBe("2019-09-22");
  });
});

describe("a day still to come", () => {
  it("is not read as a day of the past year", () => {
    expect(dates("It was the second attack on a rally ahead of the July 25 vote.", "2018-07-11")).toEqual([]);
    expect(dates("The rally was attacked on July 9 in the city.", "2018-07-11")).toEqual(["2018-07-09"]);
  });
});

describe("the day after the attack", () => {
  it("is not the day photos of it circulated", () => {
    const text = [
      "Officials are looking into reports that 30 villagers were killed in a strike on a wedding party in Kelmar province, they said on Monday.",
      "The ministry said it would publish its findings on the deaths overnight in Dorvan district, which come days after a drone strike killed six herders.",
      "Residents said the party was under way when the forces arrived.",
      "The groom's uncle said the family had gathered from three villages.",
      "A council member said all of the victims were villagers.",
      "The army has not commented.",
      "Photos circulating on social media on Monday appeared to show several children killed in the strikes.",
    ].join("\n\n");
    expect(dateOf(text, "2019-09-23")).toBe("2019-09-22");
  });
});
