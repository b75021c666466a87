import { describe, expect, it } from "vitest";
import { ExtractInputSchema, MAX_ARTICLE_CHARS } from "./schema";

const errorsOf = (input: unknown) => {
  const r = ExtractInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("ExtractInputSchema", () => {
  it("accepts text alone, and normalises URL and date", () => {
    expect(ExtractInputSchema.parse({ text: "Seven soldiers were killed." })).toEqual({ text: "Seven soldiers were killed.", url: null, publishedAt: null });
    expect(ExtractInputSchema.parse({ text: "x", url: "https://www.dawn.com/news/1", publishedAt: "2024-03-17T09:30:00Z" })).toEqual({
      text: "x",
      url: "https://www.dawn.com/news/1",
      publishedAt: "2024-03-17",
    });
    expect(ExtractInputSchema.parse({ text: "x", url: "", publishedAt: "" })).toMatchObject({ url: null, publishedAt: null });
  });

  it("keeps the text exactly as sent, so offsets point into it", () => {
    expect(ExtractInputSchema.parse({ text: "  Headline\n\nBody.  " }).text).toBe("  Headline\n\nBody.  ");
  });

  it.each([
    [{}, "text: Paste the article's text"],
    [{ text: "   \n\t " }, "text: Paste the article's text"],
    [{ text: 42 }, "text: Paste the article's text"],
    [{ text: "PK\u0003\u0004binary" }, "text: The text contains binary or control characters: paste the article as plain text"],
    [{ text: "nul\u0000byte" }, "text: The text contains binary or control characters: paste the article as plain text"],
    [{ text: "x", url: "ftp://example.com/a" }, "url: Enter a web address starting with http:// or https://"],
    [{ text: "x", url: "javascript:alert(1)" }, "url: Enter a web address starting with http:// or https://"],
    [{ text: "x", publishedAt: "17/03/2024" }, "publishedAt: Enter the publication date as YYYY-MM-DD"],
    [{ text: "x", publishedAt: "2024-02-30" }, "publishedAt: Enter the publication date as YYYY-MM-DD"],
    [{ text: "x", publishedAt: "2999-01-01" }, "publishedAt: The publication date cannot be in the future"],
  ])("rejects %j with a clear message", (input, message) => {
    expect(errorsOf(input)).toContain(message);
  });

  it("rejects 1 MB of text and says how long it may be", () => {
    const errors = errorsOf({ text: "a".repeat(1_048_576) });
    expect(errors).toEqual(["text: The article is too long: at most 100,000 characters, this one has 1,048,576"]);
  });

  it("accepts text at the bound", () => {
    expect(ExtractInputSchema.safeParse({ text: "a".repeat(MAX_ARTICLE_CHARS) }).success).toBe(true);
  });
});
