import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { addDays, latestDayToday } from "@/lib/dates/iso-date";
import { buildSource } from "@/prisma/factories";
import { SourceInputSchema, normaliseUrl, type SourceInput } from "./schema";

const errorsOf = (input: SourceInput) => {
  const r = SourceInputSchema.safeParse(input);
  return r.success ? {} : toFieldErrors(r.error);
};

describe("SourceInputSchema", () => {
  it("accepts a source and turns empty optional fields into null", () => {
    expect(SourceInputSchema.parse(buildSource({ headline: "", quote: "  ", publishedAt: "" }))).toMatchObject({
      headline: null,
      quote: null,
      publishedAt: null,
      language: "en",
    });
  });

  it("needs an http(s) URL and an outlet", () => {
    expect(errorsOf(buildSource({ url: "" })).url).toEqual(["Enter the article's URL"]);
    expect(errorsOf(buildSource({ url: "mailto:desk@dawn.com" })).url).toEqual(["Enter a web address starting with http:// or https://"]);
    expect(errorsOf(buildSource({ url: `https://dawn.com/${"x".repeat(2000)}` })).url).toEqual(["A URL must be at most 2000 characters"]);
    expect(errorsOf(buildSource({ outlet: " " })).outlet).toEqual(["Enter outlet"]);
  });

  it("bounds the headline and the quote", () => {
    expect(errorsOf(buildSource({ headline: "x".repeat(201) })).headline).toEqual(["Headline must be at most 200 characters"]);
    expect(errorsOf(buildSource({ quote: "x".repeat(2001) })).quote).toEqual(["Quote must be at most 2000 characters"]);
  });

  it("takes a published date that is real and not in the future", () => {
    const future = addDays(latestDayToday(), 1);
    expect(errorsOf(buildSource({ publishedAt: future })).publishedAt).toEqual(["The date cannot be in the future"]);
    expect(errorsOf(buildSource({ publishedAt: "2024-13-01" })).publishedAt).toEqual(["Enter a real date as YYYY-MM-DD"]);
  });

  it("takes a two- or three-letter language code", () => {
    expect(errorsOf(buildSource({ language: "urdu" })).language).toBeDefined();
    expect(errorsOf(buildSource({ language: "ps" }))).toEqual({});
  });
});

describe("normaliseUrl", () => {
  it("drops the fragment and a trailing slash so one article is one record", () => {
    expect(normaliseUrl(" https://www.dawn.com/news/1/#comments ")).toBe("https://www.dawn.com/news/1");
  });
});
