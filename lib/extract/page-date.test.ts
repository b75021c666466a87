import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import { dateInUrl, pageDate } from "./page-date";

// Made-up addresses and texts (decision 011, the round on the sealed set).
describe("the page's own date when none is given", () => {
  it("reads a full date in an address's path", () => {
    expect(dateInUrl("https://example.test/world/2019/03/07/zorvan-blast.html")).toBe("2019-03-07");
    expect(dateInUrl("https://example.test/world/zorvan-blast-20190307-story.html")).toBe("2019-03-07");
    expect(dateInUrl("https://example.test/07-Mar-2019/five-killed-in-zorvan")).toBe("2019-03-07");
    expect(dateInUrl("https://example.test/world/2019/mar/07/zorvan-blast?view=mobile")).toBe("2019-03-07");
    expect(dateInUrl("https://example.test/archive/la-xpm-2019-mar-07-zorvan")).toBe("2019-03-07");
  });

  it("does not take a slug's number for a day", () => {
    expect(dateInUrl("https://example.test/2019/03/26-killed-in-zorvan.html")).toBeNull();
    expect(dateInUrl("https://example.test/story/20190399/zorvan")).toBeNull();
  });

  it("reads the date of the address a page quotes as its own source", () => {
    const text =
      "This article is from the source 'daily'.\nYou can find the current article at its original source at http://daily.test/2019/03/08/world/zorvan.html\nA bomb killed four guards on Thursday.";
    expect(pageDate("https://mirror.test/articles/123/diff/1/2", text)).toBe("2019-03-08");
  });

  it("takes the day from the dateline when the address gives only the year and month", () => {
    expect(pageDate("https://wire.test/2019/03/4411.html", "ZORVAN, Mar. 9 (Wire) — Four guards were killed on Friday.")).toBe("2019-03-09");
    expect(pageDate("https://wire.test/2019/04/4411.html", "ZORVAN, Mar. 9 (Wire) — Four guards were killed on Friday.")).toBeNull();
    expect(pageDate("https://wire.test/news/4411.html", "ZORVAN, Mar. 9 (Wire) — Four guards were killed on Friday.")).toBeNull();
  });

  it("resolves the report's weekday against that date, but a given publication date comes first", () => {
    const text = "ZORVAN, Mar. 9 (Wire) — Four guards were killed when a rocket hit a bazaar on Friday evening.";
    expect(extractArticle({ text, url: "https://wire.test/2019/03/4411.html" }).eventDate?.value).toBe("2019-03-08");
    expect(extractArticle({ text, url: "https://wire.test/2019/03/4411.html", publishedAt: "2019-03-16" }).eventDate?.value).toBe("2019-03-15");
  });
});
