import { describe, expect, it } from "vitest";
import { civilianContext, isAdditive } from "./casualty-context";
import { splitSentences } from "./sentences";

function context(text: string, killedIn: number[] = [0]) {
  const sentences = splitSentences(text);
  return civilianContext(
    sentences,
    sentences.map(() => false),
    new Set(killedIn.map((i) => sentences[i]!)),
  );
}

describe("civilianContext", () => {
  it("reads the dead as civilians from how the article describes them", () => {
    expect(context("The toll rose to 54, including 23 minors.")).toBe(true);
    expect(context("Three were killed. Officials said the victims were civilians.")).toBe(true);
    expect(context("Gunmen ambushed a convoy of passenger vans and 38 people died.")).toBe(true);
  });

  it("does not when soldiers are named among the dead, or nothing says who died", () => {
    expect(context("At least 26 people were killed. Many of the victims were soldiers returning from training.")).toBe(false);
    expect(context("Twelve people were killed outside a court.")).toBe(false);
    expect(context("The toll rose to 54, including 23 minors.", [])).toBe(false);
  });
});

describe("isAdditive", () => {
  it("spots more dead at the same scene", () => {
    expect(isAdditive(splitSentences("Another attack on a separate vehicle killed one person.")[0]!)).toBe(true);
    expect(isAdditive(splitSentences("Nine people were killed.")[0]!)).toBe(false);
  });
});
