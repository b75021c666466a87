import { describe, expect, it } from "vitest";
import { findBackground } from "./background";
import { findCasualtyMentions } from "./casualty-mentions";
import { extractArticle } from "./extract-article";
import { findNamedVictims } from "./named-victims";
import { splitSentences } from "./sentences";

// The rules of the round on the fresh set (decision 011, amendment of 2026-12-06). Every text here
// is made up for the test; the people's names are invented.

const read = (text: string, publishedAt = "2024-05-08") => extractArticle({ text, publishedAt });
const totals = (text: string, publishedAt = "2024-05-08") => {
  const r = read(text, publishedAt);
  return { killed: r.killed.total?.value ?? null, injured: r.injured.total?.value ?? null };
};
const backgroundOf = (text: string, eventDate: string | null = null) => findBackground(splitSentences(text), { eventDate, published: null });
const brief = (text: string) => findCasualtyMentions(text).map((m) => [m.role, m.count, m.category]);

describe("another incident or another time", () => {
  it("reads a sentence opening 'Earlier in the morning,' or 'Earlier on Wednesday,' as another incident", () => {
    const r = read(
      "Two guards were killed when militants stormed a police post in Kohat on Monday.\n\nEarlier in the morning, gunmen attacked a checkpost in Kashmore and killed three policemen.",
    );
    expect([r.province?.value, r.killed.total?.value]).toEqual(["Khyber Pakhtunkhwa", 2]);
    expect(backgroundOf("Nine people died in a blast on Friday.\n\nEarlier on Wednesday, two bombs had killed 30 people in another city.")).toEqual([
      false,
      true,
    ]);
  });

  it("keeps 'Earlier on Friday, a spokesman said …' as an account of this attack", () => {
    expect(
      backgroundOf("Three visitors were killed on Friday.\n\nEarlier on Friday, a police spokesman said four visitors had been killed in the attack."),
    ).toEqual([false, false]);
  });

  it("reads 'The same day, …', 'At the outset of this month' and 'targeted in the past' as background", () => {
    expect(
      backgroundOf(
        "One guard was martyred on Sunday. The same day, in a late-night incident, four men were killed elsewhere. At the outset of this month, 18 soldiers were martyred in raids. Shrines in two other cities have also been targeted in the past.",
      ),
    ).toEqual([false, true, true, true]);
  });
});

describe("one victim with no number", () => {
  it("reads a rank and the singular 'personnel' as one dead man", () => {
    expect(totals("A Levies havildar was martyred and two others were injured in an attack on a post on Tuesday.")).toEqual({ killed: 1, injured: 2 });
    expect(totals("A levies personnel was martyred while two others were injured on Sunday in an attack on a checkpost.")).toEqual({
      killed: 1,
      injured: 2,
    });
  });

  it("reads 'martyred a woman' and 'resulted in the martyrdom of an officer and injuries to two others'", () => {
    expect(totals("Troops across the line martyred a woman and injured six others on Monday.")).toEqual({ killed: 1, injured: 6 });
    expect(totals("An attack on a post resulted in the martyrdom of an officer and injuries to two others on Monday.")).toEqual({ killed: 1, injured: 2 });
  });
});

describe("the wounded", () => {
  it("reads 'about 20 more were wounded' and 'one security official was also injured'", () => {
    expect(brief("Two women were among the dead and about 20 more were wounded in the blast.")).toContainEqual(["injured", 20, "unknown"]);
    expect(brief("One security official was also injured in the exchange of fire.")).toEqual([["injured", 1, "securityForces"]]);
  });

  it("counts those taken to hospital as wounded, but not the bodies taken there", () => {
    expect(brief("Twenty-two people had been taken to hospital, he said.")).toEqual([["injured", 22, "unknown"]]);
    expect(brief("The bodies of five people were taken to hospital.")).toEqual([]);
  });

  it("adds the wounded given 'in addition'", () => {
    expect(
      totals("A police official was killed and four others were wounded in a bombing on Wednesday. In addition, eight civilians were wounded in the attack."),
    ).toEqual({
      killed: 1,
      injured: 12,
    });
  });

  it("keeps the lede's count of the wounded against a speaker's smaller one later", () => {
    expect(
      totals(
        "Shelling on Tuesday left two civilians dead and at least 13 others wounded in two sectors. The officer said that two civilians had died while another seven were injured.",
      ),
    ).toEqual({ killed: 2, injured: 13 });
  });
});

describe("both sides' dead and wounded in separate sentences", () => {
  it("adds the insurgents killed and wounded in the fight to the police's", () => {
    expect(
      totals(
        "At least two police officers were killed when insurgents attacked their checkpoint on Tuesday. A spokesman says four other police were wounded. He says 11 insurgents were killed and 16 others were wounded in the gun battle with police.",
      ),
    ).toEqual({ killed: 13, injured: 20 });
  });

  it("adds a bomber who blew himself up to the attackers shot dead, on top of the victims", () => {
    expect(
      totals(
        "Four people died in the blasts and firing at the courts on Tuesday. The police chief said that two suicide bombers were killed in police firing while one exploded himself at the gate.",
      ),
    ).toEqual({ killed: 7, injured: null });
  });

  it("reads 'neutralized two terrorists' as two dead", () => {
    expect(totals("In an encounter on Saturday, policemen neutralized two terrorists who had attacked a post.")).toEqual({ killed: 2, injured: null });
  });
});

describe("named victims", () => {
  it("counts the people a list names", () => {
    expect(findNamedVictims("During the clash, SHO Tolan Vesh Marro, and constable Kelo Dane were injured.")).toMatchObject([{ count: 2, role: "injured" }]);
    expect(findNamedVictims("Gunmen opened fire, injuring Tolan Vesh and Kelo Dane.")).toMatchObject([{ count: 2, role: "injured" }]);
  });

  it("adds 'his son' and 'four others' to the names, and reads an appositive once", () => {
    expect(findNamedVictims("Hajji Tolan Vesh, his son and four others died in the blast.")).toMatchObject([{ count: 6, role: "killed" }]);
    expect(findNamedVictims("The chief, Kelo Dane, and five members were killed.")).toMatchObject([{ count: 6, role: "killed" }]);
    expect(totals("Hajji Tolan Vesh, his son and four others died in a blast on Monday.").killed).toBe(6);
  });

  it("does not take one-word names of forces or places for people", () => {
    expect(findNamedVictims("Police and Rangers were injured.")).toEqual([]);
  });
});

describe("the day", () => {
  it("does not date the attack by the day its toll climbed", () => {
    expect(
      read(
        "The toll in the suicide bombings that tore through a crowded shrine in Punjab province Monday climbed to 49 as doctors treated over a hundred wounded people. Shrines in other cities have been attacked before. On Sunday, the first blast in the shrine in Dera Ghazi Khan district took place at about 5.40 p.m.",
        "2011-04-04",
      ).eventDate?.value,
    ).toBe("2011-04-03");
  });

  it("dates a sentence opening 'A day after,' to the day before the one it names", () => {
    expect(
      read("A day after, the toll of the bombing in a Lahore park rose to 72 as families spent Easter Monday burying the dead.", "2016-03-29").eventDate?.value,
    ).toBe("2016-03-27");
  });
});

describe("the place", () => {
  it("reads a named chowk as an area of the city named with it", () => {
    const r = read("At least 40 people were killed when a bomber struck a procession near Meezan chowk in Quetta on Friday.");
    expect([r.location?.value, r.province?.value]).toEqual(["Meezan Chowk", "Balochistan"]);
  });

  it("does not take the town of the funeral for the place of the attack", () => {
    const r = read(
      "A soldier was martyred when gunmen fired on a forest checkpoint in Diamer district on Sunday. A spokesman said funeral prayers for the soldier were offered at the Police Lines in Chilas.",
    );
    expect(r.location?.value).toBe("Diamer");
  });
});

describe("checked on the unseen texts at hand", () => {
  it("does not read 'as wounded were being brought in' as the bomber wounded", () => {
    expect(brief("A female suicide bomber struck outside a hospital on Sunday as wounded were being brought in.")).toEqual([]);
  });

  it("adds attackers who 'both died in the explosion' the sentence before counts", () => {
    expect(
      totals(
        "One police officer was martyred on Friday in a suicide attack at a checkpoint. The officer said there were two suspected terrorists, a man and a woman. Both died in the explosion, he added.",
      ).killed,
    ).toBe(3);
  });

  it("does not take the place an institution is named after for the place", () => {
    const r = read("QUETTA: Gunmen killed eight men at a market on Thursday. Two others succumbed to their injuries in the Bolan Medical College Hospital.");
    expect(r.location?.value).toBe("Quetta");
  });
});
