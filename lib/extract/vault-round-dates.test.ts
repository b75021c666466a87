import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";

// The date rules of the round on the vault set (decision 011, amendment of 2026-12-08). Every text here is
// made up for the test; the people's and places' names are invented.

const dateOf = (text: string, publishedAt: string | null) => extractArticle({ text, publishedAt }).eventDate?.value ?? null;

describe("the filing day further into the dateline", () => {
  it("is the day in the agency's parentheses, not the attack's", () => {
    const text = "ZORVAN (Velari News / Agency - 01st December, 2020) A district police chief died when a bomb hit his car in Kelmar on Monday.";
    expect(dateOf(text, "2020-12-01")).toBe("2020-11-30");
  });

  it("is the day after a capitalised place and a dash, behind a source's tag", () => {
    const text = "(Velari Wire Service) KELMAR, Pakistan - June 27, 2009: Two guards were killed and three injured in a bombing in Kelmar on Friday.";
    expect(dateOf(text, "2009-06-27")).toBe("2009-06-26");
  });

  it("leaves a date in the story's own words alone", () => {
    const text = "Officials said the convoy was attacked - June 26, 2009 - as it left Kelmar, killing two guards.";
    expect(dateOf(text, "2009-06-28")).toBe("2009-06-26");
  });
});
