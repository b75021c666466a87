import { describe, expect, it } from "vitest";
import { backgroundTail, findBackground } from "./background";
import { splitSentences } from "./sentences";

const marks = (text: string, eventDate: string | null = "2024-08-26", published: string | null = "2024-08-26") =>
  findBackground(splitSentences(text), { eventDate, published });

describe("findBackground", () => {
  it("marks earlier attacks and history, not the incident", () => {
    const text =
      "At least 23 people were killed on Monday. The attack comes months after a similar one. " +
      "In October last year, gunmen shot six labourers. A blast on a bus killed 13 people in 2021.";
    expect(marks(text)).toEqual([false, true, true, true]);
  });

  it("marks a separate operation and the rest of its paragraph", () => {
    const text = "Five were killed on Monday.\nEarlier in the day, four terrorists were killed. And a soldier was martyred.\nPolice said more.";
    expect(marks(text)).toEqual([false, true, true, false]);
  });

  it("marks another blast told hours later or late on another day, and the rest of its paragraph", () => {
    const text = "A bomber killed nine people at a depot on Monday.\nHours later, another bomb exploded at a toll plaza. Two bombers died.\nPolice said more.";
    expect(marks(text)).toEqual([false, true, true, false]);
    expect(marks("A blast wounded four people on Wednesday.\nLate Monday, another explosion in the town killed three.", "2024-08-28", "2024-08-28")).toEqual([
      false,
      true,
    ]);
    expect(marks("A bomb killed six people on Monday. Minutes later, another blast hit the crowd.")).toEqual([false, false]);
  });

  it("marks the paragraph of an archive photo caption even before the event date is known", () => {
    const text = "Guards keep watch at the site of a bombing on March 3, 2019. Nine were killed then.\n\nA bomb killed five people today.";
    expect(marks(text, null, "2020-05-10")).toEqual([true, true, false]);
  });

  it("marks a paragraph that opens 'Two days ago,' and the next one when it points back at 'this attack'", () => {
    const text =
      "A mine wounded three people at a stall today.\n\nTwo days ago, a commander was killed in a car bombing in Zorabad.\n\n" +
      "Officials said two other people were killed in this attack.\n\nThe stall was closed.";
    expect(marks(text, null, null)).toEqual([false, true, true, false]);
  });

  it("marks sentences about another day or month once the event date is known", () => {
    const text = "Seven were killed on Monday. On Thursday, two were killed. In April, nine died. It said so on Tuesday.";
    expect(marks(text, "2024-08-26", "2024-08-27")).toEqual([false, true, true, false]);
  });

  it("uses only the wording when the event date is unknown", () => {
    expect(marks("On Thursday, two were killed. In 2021, nine died.", null)).toEqual([false, false]);
  });

  it("marks running totals, earlier months and attacks elsewhere the same day", () => {
    const text =
      "A drone killed 10 militants. More than 900 people have been killed in over 100 drone strikes since August 2008. " +
      "Earlier in May, 23 terrorists were killed. The insurgents are also attacking the city of Kunduz.";
    expect(marks(text, null, null)).toEqual([false, true, true, true]);
  });

  it("marks a page's list of other stories and everything after it", () => {
    const text = "One policeman was killed.\nRelated Article\nKandahar blast leaves 3 dead\nSix killed in Logar";
    expect(marks(text, null, null)).toEqual([false, true, true, true]);
  });

  it("carries background on into the quotes that continue it", () => {
    const text =
      "Seven soldiers were martyred on Sunday.\nEarlier in May, the ISPR reported an operation.\n“On 26 May, six terrorists were killed.”\nIt said, “Two soldiers also embraced martyrdom.”\nThe funeral was held.";
    expect(marks(text, null, null)).toEqual([false, true, true, true, false]);
  });
});

describe("the day someone spoke", () => {
  it("does not make a toll update another event: 'rose to 34, officials said on Wednesday' stays with Monday's blast", async () => {
    const { extractArticle } = await import("./extract-article");
    const r = extractArticle({
      text: "The death toll from Monday's blast in Parachinar rose to 34 after two more of the injured died, hospital officials said on Wednesday.",
      publishedAt: "2024-05-10",
    });
    expect([r.eventDate?.value, r.location?.value, r.killed.total?.value]).toEqual(["2024-05-06", "Parachinar", 34]);
  });
});

describe("backgroundTail", () => {
  it("starts where a sentence that reported this attack turns to an earlier one", () => {
    const s = splitSentences("A suicide bomber killed 14 people in Kabul on Monday, two days after an attack that killed 9 soldiers in Kandahar.")[0]!;
    expect(s.text.slice(backgroundTail(s)!)).toBe("two days after an attack that killed 9 soldiers in Kandahar.");
    expect(findBackground([s], { eventDate: null, published: null })).toEqual([false]);
  });

  it("leaves a sentence that is all background to findBackground", () => {
    const s = splitSentences("Two days after an attack that killed 9 soldiers, the army began an operation.")[0]!;
    expect(backgroundTail(s)).toBeNull();
    expect(findBackground([s], { eventDate: null, published: null })).toEqual([true]);
  });
});
