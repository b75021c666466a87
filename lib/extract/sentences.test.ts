import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("splits a paragraph into sentences with offsets into the original text", () => {
    const text = "Headline here\n\nSeven soldiers were killed. Six attackers died! Was it claimed?";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(["Headline here", "Seven soldiers were killed.", "Six attackers died!", "Was it claimed?"]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 1]);
  });

  it("does not split after titles, ranks, months or initials", () => {
    const text = "Lt. Gen. Ahmed Sharif and Capt. Ali spoke in D.I. Khan on Jan. 5 at 3 p.m. Today. Then more.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "Lt. Gen. Ahmed Sharif and Capt. Ali spoke in D.I. Khan on Jan. 5 at 3 p.m. Today.",
      "Then more.",
    ]);
  });

  it("keeps a closing quote with its sentence", () => {
    const text = '"Terrorism comes from outside." He said it twice.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['"Terrorism comes from outside."', "He said it twice."]);
  });

  it("handles Windows line endings and blank text", () => {
    expect(splitSentences("One.\r\nTwo.").map((s) => s.text)).toEqual(["One.", "Two."]);
    expect(splitSentences("   \n  ")).toEqual([]);
  });
});
