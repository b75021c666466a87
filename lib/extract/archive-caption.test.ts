import { describe, expect, it } from "vitest";
import { archiveCaptionParagraphs, isArchiveCaption } from "./archive-caption";
import { splitSentences } from "./sentences";

const TEXT =
  "Blast in Zorabad kills five\n\n" +
  "Guards keep watch at the site of a bombing in Zorabad on March 3, 2019. Nine people were killed in that attack.\n\n" +
  "A bomb killed five people in Zorabad today, police said.";

describe("archive captions", () => {
  it("marks the paragraph of a caption dated, with its year, well before the page", () => {
    expect(archiveCaptionParagraphs(splitSentences(TEXT), "2020-05-10")).toEqual([false, true, true, false]);
  });

  it("keeps a caption of the same days, or a page with no publication date", () => {
    expect(archiveCaptionParagraphs(splitSentences(TEXT), "2019-03-04")).toEqual([false, false, false, false]);
    expect(archiveCaptionParagraphs(splitSentences(TEXT), null)).toEqual([false, false, false, false]);
  });

  it("needs a caption's present tense and a year", () => {
    const [told] = splitSentences("Guards kept watch at the site of a bombing in Zorabad on March 3, 2019.");
    const [noYear] = splitSentences("Guards keep watch at the site of a bombing in Zorabad on March 3.");
    expect(isArchiveCaption(told!, "2020-05-10")).toBe(false);
    expect(isArchiveCaption(noYear!, "2020-05-10")).toBe(false);
  });
});
