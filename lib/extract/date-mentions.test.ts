import { describe, expect, it } from "vitest";
import { findDateMentions } from "./date-mentions";

const dates = (text: string, published: string | null) => findDateMentions(text, published).map((m) => m.date);

describe("findDateMentions", () => {
  it("resolves weekdays to the most recent such day up to the publication day", () => {
    expect(dates("were killed on Saturday when", "2024-03-17")).toEqual(["2024-03-16"]);
    expect(dates("said on Sunday", "2024-03-17")).toEqual(["2024-03-17"]);
    expect(dates("in the wee hours of Monday", "2024-02-06")).toEqual(["2024-02-05"]);
  });

  it("reads absolute dates as written, with the year of publication when none is given", () => {
    expect(dates("in the early hours of March 16, 2024", "2024-03-17")).toEqual(["2024-03-16"]);
    expect(dates("on 9 June 2024", null)).toEqual(["2024-06-09"]);
    expect(dates("near Bolan at around 1 PM on March 11", "2025-03-12")).toEqual(["2025-03-11"]);
    expect(dates("on the night of December 20-21", "2024-12-22")).toEqual(["2024-12-20"]);
  });

  it("puts a day-and-month without a year in the previous year when it would be after publication", () => {
    expect(dates("on December 30", "2025-01-02")).toEqual(["2024-12-30"]);
  });

  it("resolves last night, yesterday and overnight to the day before publication", () => {
    expect(dates("roadblocks last night", "2025-02-01")).toEqual(["2025-01-31"]);
    expect(dates("strikes carried out overnight", "2024-12-25")).toEqual(["2024-12-24"]);
  });

  it("needs a publication date for weekdays and relative words", () => {
    expect(dates("on Tuesday", null)).toEqual([]);
    expect(dates("last night", null)).toEqual([]);
  });

  it("ignores text that names no day", () => {
    expect(dates("In March last year, in 2021, a day after", "2025-02-11")).toEqual([]);
  });
});
