import { describe, expect, it } from "vitest";
import { findCasualtyMentions } from "./casualty-mentions";
import { extractArticle } from "./extract-article";

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
