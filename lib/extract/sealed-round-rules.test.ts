import { describe, expect, it } from "vitest";
import { findBackground } from "./background";
import { findCasualtyMentions } from "./casualty-mentions";
import { extractArticle } from "./extract-article";
import { splitSentences } from "./sentences";

// The rules of the round on the sealed set (decision 011, amendment of 2026-12-07). Every text here is
// made up for the test; the people's and places' names are invented.

const counts = (sentence: string) => findCasualtyMentions(sentence).map((m) => [m.count, m.role]);
const totals = (text: string, publishedAt: string | null = "2024-05-08") => {
  const r = extractArticle({ text, publishedAt });
  return { killed: r.killed.total?.value ?? null, injured: r.injured.total?.value ?? null };
};

describe("who a count counts", () => {
  it("reads a count right after an active verb as what the attacker killed, not the attacker as dead", () => {
    expect(counts("A suicide attacker in a grey coat killed at least 12 in Zorvan, police said.")).toEqual([[12, "killed"]]);
    expect(counts("A bomber killed nine near the gate.")).toEqual([[9, "killed"]]);
  });

  it("reads passives that still report the dead or wounded: confirmed, feared, slightly wounded", () => {
    expect(counts("According to the guards, 10 people have been confirmed dead.")).toEqual([[10, "killed"]]);
    expect(counts("Eight villagers are feared dead.")).toEqual([[8, "killed"]]);
    expect(counts("One guard was slightly wounded in the raid.")).toEqual([[1, "injured"]]);
    expect(counts("About 150 are likely to be injured.")).toEqual([[150, "injured"]]);
    expect(counts("Ten villagers are believed to have been killed.")).toEqual([[10, "killed"]]);
    expect(counts("Five are likely to be moved to the city.")).toEqual([]);
  });

  it("reads neither toll from a count both killed and injured", () => {
    expect(counts("The blast also killed and injured at least four guards of the elder.")).toEqual([]);
    expect(counts("The blast also injured four guards of the elder.")).toEqual([[4, "injured"]]);
  });

  it("reads a count of deaths as a count of the dead", () => {
    expect(counts("Officials were looking into at least 14 civilian deaths in the valley.")).toEqual([[14, "killed"]]);
    expect(counts("Six deaths were reported from the market.")).toEqual([[6, "killed"]]);
  });

  it("leaves a casualty verb to the vague count beside it, not to the count before", () => {
    expect(counts("The blast in Zorvan claimed the lives of 13 people and left several others injured.")).toEqual([[13, "killed"]]);
    expect(counts("The blast in Zorvan killed five guards and injured many others.")).toEqual([[5, "killed"]]);
    expect(counts("The blast in Zorvan claiming the lives of 13 people was heard far away.")).toEqual([[13, "killed"]]);
  });
});

describe("an account the speaker has replaced", () => {
  it("drops a count the speaker had given earlier", () => {
    expect(
      totals(
        "A bomber killed the guard commander of Zorvan on Friday. Two other guards were wounded, a spokesman said. He had earlier said the two other guards were killed.",
      ),
    ).toEqual({ killed: 1, injured: 2 });
    expect(totals("Zorvan Radio first reported that 12 people were killed in the blast in Zorvan on Monday.").killed).toBe(12);
  });
});

describe("a period's total and another day's attack", () => {
  const backgroundOf = (text: string, published: string | null = null) => findBackground(splitSentences(text), { eventDate: null, published });

  it("reads a running total since a point in time, or of many strikes, as background", () => {
    expect(
      backgroundOf(
        "A drone killed six men in Zorvan on Monday. Since the beginning of 2019, about 40 drone strikes have killed more than 150 people in the valley. Since the start of the year, raids have killed 90.",
      ),
    ).toEqual([false, true, true]);
  });

  it("reads a period's total as the whole sentence's subject, even when its counts come first", () => {
    expect(
      backgroundOf(
        "A rocket killed four traders in Zorvan on Saturday. More than 900 civilians were killed and over 1,800 injured in the fighting in the first half of this year, the mission said.",
      ),
    ).toEqual([false, true]);
    expect(
      totals(
        "A rocket killed four traders in Zorvan on Saturday. More than 900 civilians were killed and over 1,800 injured in the fighting in the first half of this year, the mission said.",
      ),
    ).toEqual({
      killed: 4,
      injured: null,
    });
  });

  it("reads the day before's attack, told after 'the second blast in two days', as background", () => {
    const text =
      "At least five people were killed when a bomb went off near a procession in Zorvan on Sunday.\n\nIt was the second blast in the town in two days. Yesterday eight people were killed near another procession.";
    expect(backgroundOf(text, "2024-05-12")).toEqual([false, false, true]);
    expect(extractArticle({ text, publishedAt: "2024-05-12" }).eventDate?.value).toBe("2024-05-12");
  });
});

describe("a count in dozens and a name that speaks", () => {
  it("reads 'two dozens' as 24, and lets a written count of the same dead replace it", () => {
    expect(counts("A blast took over two dozens of innocent lives in Zorvan yesterday.")).toEqual([[24, "killed"]]);
    expect(
      totals(
        "ZORVAN: The town came under shock when a blast took over two dozens of innocent lives yesterday.\nAccording to the details, gunmen detonated a car bomb at an office in Zorvan yesterday, killing about 26 people and wounding at least 300, officials said.",
      ),
    ).toEqual({ killed: 26, injured: 300 });
  });

  it("does not read a province that speaks ('Wardak said') as another province's incident", () => {
    const text =
      'At least 11 people were killed on Monday when a suicide bombing rocked Pul-e-Khumri, the capital of Baghlan province. "Eleven are dead," said Dr. Omar Wardak, head of the hospital.\n\nFive other people were also wounded in the attack, Wardak said.';
    expect(totals(text, null)).toEqual({ killed: 11, injured: 5 });
  });
});

describe("the day of what follows the attack", () => {
  it("does not date the attack by the day of the inquiry, the mourning or the search", () => {
    const text =
      "ZORVAN - Officials Friday were investigating the cause of at least 14 civilian deaths in the valley after a battle with the raiders.\nA spokesman said joint strikes hit the Zorvan district during a battle with the raiders there on Thursday.";
    expect(extractArticle({ text, publishedAt: "2024-05-10" }).eventDate?.value).toBe("2024-05-09");
    expect(
      extractArticle({ text: "A bomb killed four guards in Zorvan on Thursday. Villagers on Friday were burying the dead.", publishedAt: "2024-05-10" })
        .eventDate?.value,
    ).toBe("2024-05-09");
  });
});

describe("district spellings the press uses", () => {
  it("reads 'Lash wa Jwain' as the Farah district and Sui as Dera Bugti's town", () => {
    const lash = extractArticle({
      text: "At least nine guards were killed in an ambush in Lash wa Jwain district of Farah province on Sunday.",
      publishedAt: "2024-05-06",
    });
    expect([lash.location?.value, lash.province?.value]).toEqual(["Lash wa Jwain", "Farah"]);
    const sui = extractArticle({ text: "Two guards were killed in a landmine blast near Sui on Saturday.", publishedAt: "2024-05-05" });
    expect([sui.location?.value, sui.province?.value]).toEqual(["Sui", "Balochistan"]);
  });
});

describe("a town's bazaar", () => {
  it("reads 'X Bazar' as the town X when the gazetteer knows X, and keeps a bazaar's own name otherwise", () => {
    const known = extractArticle({ text: "At least 17 people were killed in a blast in Hangu's Kalaya Bazar area on Friday.", publishedAt: "2024-05-10" });
    expect(known.location?.value).toBe("Kalaya");
    const own = extractArticle({ text: "At least four people were killed in a blast in Peshawar's Zorgani Bazaar on Friday.", publishedAt: "2024-05-10" });
    expect(own.location?.value).toBe("Zorgani Bazaar");
  });
});

describe("the day the toll rose, and the wounded who died", () => {
  it("does not take the day the toll rose for the attack's weekday on a page with no date", () => {
    const text =
      "ZORVAN — On Sunday, the death toll from an overnight grenade attack in Zorvan on a truck carrying a family had risen to 12.\n\nOn Saturday evening, attackers struck the truck, killing nine people and injuring nine more.";
    expect(findBackground(splitSentences(text), { eventDate: null, published: null })).toEqual([false, false]);
    expect(totals(text, null).injured).toBe(9);
  });

  it("takes the wounded who later died off the wounded", () => {
    const text =
      "Attackers struck a truck in Zorvan on Saturday, killing nine people and injuring nine more.\n\nThree of the injured died during treatment, a doctor said, and the death toll rose to 12.";
    expect(totals(text)).toEqual({ killed: 12, injured: 6 });
  });
});

describe("a killing in the neighbouring province", () => {
  it("reads it as another incident once the report has told its own", () => {
    const text =
      "ZORVAN — Seven civilians were killed and nine wounded on Saturday when a rocket hit a bazaar in Nuristan province.\n\nIn addition, the militants killed two children in neighboring Kunar province, the police chief said.\n\n“The children were kidnapped a few days ago,” he said.";
    expect(findBackground(splitSentences(text), { eventDate: null, published: "2024-05-12" })).toEqual([false, true, true]);
    expect(totals(text, "2024-05-12")).toEqual({ killed: 7, injured: 9 });
  });

  it("keeps a lede that reports a killing in a neighbouring district", () => {
    const text = "ZORVAN: Five guards were killed in a blast in neighbouring Bajaur district on Monday, officials said.";
    expect(findBackground(splitSentences(text), { eventDate: null, published: "2024-05-07" })).toEqual([false]);
  });
});

describe("one of a pair of attackers", () => {
  it("counts one attacker dead when the sentence calls the other one the other attacker", () => {
    expect(counts("He said one of them was killed while the other attacker managed to flee.")).toEqual([[1, "killed"]]);
    expect(counts("He said one of them was killed.")).toEqual([]);
    expect(
      totals(
        "At least two people were killed after gunmen attacked a bus in Zorvan on Monday. An official said two men on a motorbike carried out the attack. He said one of them was killed while the other attacker fled.",
      ).killed,
    ).toBe(3);
  });
});
