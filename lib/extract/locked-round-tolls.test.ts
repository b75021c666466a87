import { describe, expect, it } from "vitest";
import { findCasualtyMentions } from "./casualty-mentions";
import { companions } from "./companions";
import { extractArticle } from "./extract-article";
import { findNamedVictims } from "./named-victims";

// The toll rules of the round on the locked set's odd half (decision 011). Every text here is made up
// for the test; the people's and places' names are invented.

const counts = (sentence: string) => findCasualtyMentions(sentence).map((m) => [m.count, m.role]);
const totals = (text: string, publishedAt: string | null = "2024-05-08") => {
  const r = extractArticle({ text, publishedAt });
  return { killed: r.killed.total?.value ?? null, injured: r.injured.total?.value ?? null };
};

describe("how a count is written", () => {
  it("reads “claimed lives of” with no article as “claimed the lives of”", () => {
    expect(counts("A blast in the bazaar claimed lives of five traders and injured 12 others.")).toEqual([
      [5, "killed"],
      [12, "injured"],
    ]);
  });

  it("reads “as many” as the count before it, in the other toll", () => {
    expect(counts("Gunmen stormed the post, leaving three guards dead and injuring as many, an official said.")).toEqual([
      [3, "killed"],
      [3, "injured"],
    ]);
    expect(counts("5 guards martyred, as many injured in raid on Zorvan checkpost")).toEqual([
      [5, "killed"],
      [5, "injured"],
    ]);
    // "as many as 30" is a qualifier of its own count.
    expect(counts("The blast killed two guards and injured as many as 30 people.")).toEqual([
      [2, "killed"],
      [30, "injured"],
    ]);
  });
});

describe("lists of named victims", () => {
  it("does not take a speaker introduced by an article for one more named victim", () => {
    expect(totals("A van exploded in Zorvan, killing at least two civilians and wounding 11 others, a Velari official said Saturday.")).toEqual({
      killed: 2,
      injured: 11,
    });
  });
});

describe("those who died with the victim", () => {
  it("counts the companions named after the verb of a named victim", () => {
    expect(totals("Zarak Velani died with his driver and two bodyguards outside his home in Zorvan.").killed).toBe(4);
    expect(totals("Zarak Velani was killed along with his son in Zorvan on Monday.").killed).toBe(2);
  });

  it("counts the company named between the victim and the verb", () => {
    expect(findNamedVictims("He along with his wife and four other members of the family died on the spot, police said.")).toMatchObject([
      { count: 6, role: "killed" },
    ]);
    expect(findNamedVictims("Zarak Velani, along with his two sons, was killed when the shell hit the house.")).toMatchObject([{ count: 3, role: "killed" }]);
    expect(findNamedVictims("He along with his two sons fled the village.")).toEqual([]);
  });

  it("counts the companions of a victim named by his post", () => {
    expect(totals("In Zorvan, the district chief was shot dead along with his nephew and three guards.").killed).toBe(5);
    expect(totals("The bomber blew himself up at the gate, killing the police official, as well as two guards.").killed).toBe(3);
  });

  it("counts no one for a list of things or of people with no number", () => {
    expect(companions(" with his family in the fire.")).toBeNull();
    expect(companions(" in a clash with two gunmen on the road.")).toBeNull();
    expect(companions(" with two rockets at the gate.")).toBeNull();
    expect(companions(" along with his driver, police said.")).toEqual({ count: 1, end: 22 });
  });
});

describe("one victim with no number", () => {
  it("reads a single victim after a dateline that opens the sentence", () => {
    expect(totals("Zorvan (ZNA) A local police commander  was martyred by gunmen in Velari district.").killed).toBe(1);
    expect(totals("ZORVAN (Reuters) - A village elder was shot dead outside his home on Monday, police said.").killed).toBe(1);
    expect(totals("Zorvan (ZNA) A shopkeeper was wounded when gunmen fired on the market.").injured).toBe(1);
  });
});

describe("rival accounts of one strike", () => {
  it("does not add another source's count of militants to the count of the civilians killed", () => {
    const text =
      "An overnight air raid on a wedding killed at least 30 civilians in Zorvan, officials said on Monday. " +
      "The governor's office offered conflicting numbers, saying 12 militants were killed. " +
      '"Some 30 people were killed and nine others were wounded, all the victims were civilians," a council member said.';
    expect(totals(text).killed).toBe(30);
  });

  it("does not add the authorities' count of militants killed in the strikes to its civilian dead", () => {
    const text =
      "Officials are investigating reports that 25 civilians were killed in an airstrike on a village in Zorvan province. " +
      'The governor said 11 fighters "were killed in airstrikes conducted by the special forces," adding that the claims were being investigated.';
    expect(totals(text).killed).toBe(25);
  });

  it("still adds the militants a strike killed as well", () => {
    const text =
      "An airstrike killed 25 civilians in a village in Zorvan province, officials said. " + "Eleven militants were also killed in the airstrike, they said.";
    expect(totals(text).killed).toBe(36);
  });
});

describe("a campaign of operations", () => {
  it("leaves out militants killed during ongoing operations once the attack's victims are counted", () => {
    const text =
      "A suicide bomber struck a checkpoint in Zorvan on Monday. " +
      "The district chief said at least one policeman was killed and three others were injured in the attack. " +
      "The attack comes amid ongoing military operations in the province. " +
      "A spokesman said the operations are still under way and at least ten militants were killed during the operations in Velari district.";
    expect(totals(text).killed).toBe(1);
  });

  it("keeps militants killed in operations when they are the report's own dead", () => {
    const text = "At least ten militants were killed during military operations in Velari district, officials said on Monday. Two soldiers were also killed.";
    expect(totals(text).killed).toBe(12);
  });
});

describe("a paragraph whose full stop the page lost", () => {
  it("reads a long line of running prose under a subheading as the report's, not as a headline", () => {
    const text = [
      "Zorvan blast toll rises to 9",
      "The death toll from the blast at the Zorvan shrine on Tuesday night has risen to nine, officials said.",
      "Hospital figures",
      "Figures gathered from the hospitals show that as many as 28 people wounded in the blast are admitted in three different hospitals",
      "A police official said later that three policemen were wounded in the attack.",
    ].join("\n");
    expect(totals(text).injured).toBe(28);
  });

  it("does not read a caption that no subheading opens as the report's", () => {
    const text = [
      "Zorvan blast toll rises to 9",
      "The death toll from the blast at the Zorvan shrine on Tuesday night has risen to nine, officials said.",
      "Relatives of the 40 people wounded in the blast wait outside the main hospital in Zorvan on Wednesday",
      "A police official said later that three policemen were wounded in the attack.",
    ].join("\n");
    expect(totals(text).injured).toBe(3);
  });

  it("does not read a headline in title case as the report's", () => {
    const text = [
      "Three Policemen Wounded As Gunmen Attack Checkpost On The Zorvan Road In The Night",
      "Two policemen were wounded when gunmen attacked a checkpost in Zorvan on Monday night, police said.",
    ].join("\n");
    expect(totals(text).injured).toBe(2);
  });
});
