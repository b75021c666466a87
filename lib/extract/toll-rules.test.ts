import { describe, expect, it } from "vitest";
import { backgroundTail, findBackground } from "./background";
import { findCasualtyMentions } from "./casualty-mentions";
import { findToll } from "./casualty-tolls";
import { extractCasualties } from "./extract-casualties";
import { parseNumber } from "./number-words";
import { splitSentences } from "./sentences";
import { findSingleVictims } from "./single-victims";

// The rules of the round on the unseen set (decision 011, amendment of 2026-12-05, night). Every
// text here is made up for the test.

function casualties(text: string, eventDate: string | null = null, published: string | null = null) {
  const sentences = splitSentences(text);
  const { killed, injured } = extractCasualties(sentences, findBackground(sentences, { eventDate, published }));
  return { killed: killed.total, injured: injured.total };
}
const totals = (text: string, eventDate: string | null = null, published: string | null = null) => {
  const { killed, injured } = casualties(text, eventDate, published);
  return { killed: killed?.value ?? null, injured: injured?.value ?? null };
};
const brief = (text: string) => findCasualtyMentions(text).map((m) => [m.role, m.count, m.category]);

describe("casualty phrasing", () => {
  it("reads a weekday between the auxiliary and the verb", () => {
    expect(brief("Three female health workers were Monday killed and two others injured in the city.")).toEqual([
      ["killed", 3, "civilians"],
      ["injured", 2, "civilians"],
    ]);
  });

  it("reads 'were dead' as a casualty passive", () => {
    expect(brief("A hospital official said 14 were dead.")).toEqual([["killed", 14, "unknown"]]);
  });

  it("reads 'one of the attackers' as one attacker", () => {
    expect(brief("One of the gunmen was killed in the exchange of fire.")).toEqual([["killed", 1, "militants"]]);
  });

  it("reads 'N martyrs' as the dead", () => {
    expect(brief("5 martyrs and 9 injured in an ambush on a checkpost")).toEqual([
      ["killed", 5, "unknown"],
      ["injured", 9, "unknown"],
    ]);
  });

  it("reads one more wounded with no number: 'and another injured', 'one other was wounded'", () => {
    expect(brief("Two guards were martyred and another injured when gunmen fired on the post.")).toEqual([
      ["killed", 2, "securityForces"],
      ["injured", 1, "unknown"],
    ]);
    expect(brief("Eleven passengers were killed while one other was wounded.").map(([role, count]) => [role, count])).toEqual([
      ["killed", 11],
      ["injured", 1],
    ]);
  });

  it("reads 'at least another 30' and 'were reported injured'", () => {
    expect(brief("The attack left 6 people dead and wounded at least another 25.").filter(([role]) => role === "injured")).toEqual([
      ["injured", 25, "unknown"],
    ]);
    expect(brief("Four officials were reported seriously injured in the blast.")).toEqual([["injured", 4, "unknown"]]);
  });

  it("reads 'half a dozen' as six", () => {
    expect(parseNumber("half a dozen")).toBe(6);
    expect(brief("Half a dozen others were wounded.")).toEqual([["injured", 6, "unknown"]]);
  });

  it("keeps every item of an 'including' list as a part of the count before it", () => {
    expect(
      findCasualtyMentions("Four people, including a deputy commissioner and two guards, were killed on the highway.").map((m) => [m.count, m.subset]),
    ).toEqual([
      [4, false],
      [2, true],
    ]);
  });

  it("reads a toll that 'reached' or 'increased to' a figure across a long phrase", () => {
    expect(findToll("The death toll from Friday's bombing of a wedding party in the north-western border town has now reached 31.")).toEqual([
      { role: "killed", count: 31 },
    ]);
    expect(findToll("The number of deaths from the night raids on the three villages of the eastern province has increased to 22.")).toEqual([
      { role: "killed", count: 22 },
    ]);
  });
});

describe("single victims", () => {
  it("counts a killing of one person with no number", () => {
    expect(findSingleVictims("Two men on a motorbike shot dead a local shopkeeper outside his home.").map((v) => v.count)).toEqual([1]);
    expect(findSingleVictims("A member of the district council was gunned down near the bazaar.").map((v) => v.count)).toEqual([1]);
  });

  it("reads 'leaving at least one dead'", () => {
    expect(findSingleVictims("Troops exchanged fire at the crossing, leaving at least one dead and 12 others injured.").map((v) => v.count)).toEqual([1]);
  });

  it("adds 'along with another person' and a count that follows in the list", () => {
    expect(findSingleVictims("A police commander was killed along with another person in the blast.").map((v) => v.count)).toEqual([2]);
    expect(findSingleVictims("Gunmen stormed the post, killing the station chief and three of his men.").map((v) => v.count)).toEqual([4]);
  });

  it("gives the total when the report has no count of the dead", () => {
    expect(totals("Unknown gunmen shot dead a tribal elder in the market on Sunday. Police said they were searching for the attackers.").killed).toBe(1);
  });

  it("does not let a lede about one victim hide a later count of all the dead", () => {
    expect(
      totals("A provincial official has been killed in a car bombing, police said. Four people, including the official and his driver, died in the blast.")
        .killed,
    ).toBe(4);
  });
});

describe("the lede's toll against other figures", () => {
  it("keeps the lede's count against a larger figure in a caption or from a speaker", () => {
    const text =
      "Gunmen attacked a police post in the town on Tuesday, killing at least 9 people and wounding 20, officials said.\n" +
      "12 people died and 25 were hurt in the attack\n" +
      "A local elder said 12 people had died and 25 were hurt.";
    expect(totals(text)).toEqual({ killed: 9, injured: 20 });
  });

  it("takes a larger figure when a later sentence says the toll grew", () => {
    const text = "A bomb killed at least 9 people and wounded 20 in the market on Tuesday, officials said. Later, officials said 14 people had died.";
    expect(totals(text).killed).toBe(14);
  });

  it("takes a revised figure over the earlier ones it replaces", () => {
    const text =
      "A suicide bomber killed 30 people at a shrine on Monday, police said. " +
      "A health ministry spokesman said 26 were dead and 40 were wounded, revising earlier figures of 30 killed and 70 wounded.";
    expect(totals(text)).toEqual({ killed: 26, injured: 40 });
  });
});

describe("background tolls", () => {
  const marks = (text: string, eventDate = "2024-08-24", published = "2024-08-24") => findBackground(splitSentences(text), { eventDate, published });

  it("treats 'later in the day', 'meanwhile' and 'in the meantime' as another incident", () => {
    expect(marks("Six were killed on Saturday.\nLater in the day, a bomb killed two others.\nMeanwhile, a policeman was shot in another town.")).toEqual([
      false,
      true,
      true,
    ]);
  });

  it("treats links to other stories and running totals over months or hours as background", () => {
    expect(
      marks(
        "Six were killed on Saturday. Read: Two soldiers killed in another attack. " +
          "At least 40 people have been killed over the past 12 months in such attacks. " +
          "Nine persons have died in the district during the past 48 hours. The feud has claimed over 90 lives since October.",
      ),
    ).toEqual([false, true, true, true, true]);
  });

  it("treats a sentence that opens on another weekday than the event's as another day", () => {
    // 24 August 2024 is a Saturday.
    expect(marks("Six were killed on Saturday. On Friday, twin blasts killed 40 people in another city.")).toEqual([false, true]);
  });

  it("keeps the lede when only its tail names another time", () => {
    const text = "HERAT – A car bomb killed 8 policemen on Saturday in a town handed over to local forces two weeks ago.";
    expect(marks(text)).toEqual([false]);
    expect(backgroundTail(splitSentences(text)[0]!)).not.toBeNull();
  });

  it("drops a count inside a clause about an earlier event, hours or days before", () => {
    expect(brief("The attack came hours after a bombing in the capital, which claimed the lives of 12 people.")).toEqual([]);
  });
});

describe("calibration of tolls", () => {
  it("is high for a toll from the lede that no other figure contradicts", () => {
    const { killed, injured } = casualties("A bomb killed 7 people and wounded 15 in the bazaar on Monday, police said. The 7 dead included two children.");
    expect(killed?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(injured?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("is medium when a later figure replaces the lede's and the report's figures disagree", () => {
    const text =
      "Gunmen attacked a convoy on Monday, wounding five people, police said.\nLater in the evening, officials said the number of wounded had risen and 9 people were wounded in all.";
    const { injured } = casualties(text);
    expect(injured?.value).toBe(9);
    expect(injured?.confidence).toBeLessThan(0.8);
  });
});
