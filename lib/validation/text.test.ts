import { describe, expect, it } from "vitest";
import { IncidentFieldsSchema } from "@/lib/incidents/fields-schema";
import { SourceInputSchema } from "@/lib/sources/schema";
import { ExtractInputSchema } from "@/lib/extract/schema";
import { NameSchema, PasswordSchema } from "@/lib/auth/schema";
import { hasLoneSurrogate, textString } from "./text";

describe("hasLoneSurrogate", () => {
  it.each(["\ud800", "a\udc00", "\udbff!", "x\ud83dy", "\ude00\ud83d"])("finds one in %j", (value) => {
    expect(hasLoneSurrogate(value)).toBe(true);
  });

  it.each(["", "plain", "Mir Ali میرعلی", "a 🙂 b", "\ud83d\ude00"])("finds none in %j", (value) => {
    expect(hasLoneSurrogate(value)).toBe(false);
  });
});

describe("textString", () => {
  it("refuses a lone surrogate with the field's name, and only that message", () => {
    const result = textString("Title").min(1, "Enter title").safeParse("\ud800");
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "Title contains a broken character (half of a UTF-16 surrogate pair): retype or paste it again",
    ]);
  });

  it("passes whole characters through", () => {
    expect(textString("Title").parse("a 🙂 b")).toBe("a 🙂 b");
  });
});

describe("every text field refuses a lone surrogate", () => {
  it.each([
    ["title", (v: string) => IncidentFieldsSchema.shape.title.safeParse(v)],
    ["summary", (v: string) => IncidentFieldsSchema.shape.summary.safeParse(v)],
    ["a source's outlet", (v: string) => SourceInputSchema.shape.outlet.safeParse(v)],
    ["a source's URL", (v: string) => SourceInputSchema.shape.url.safeParse(`https://news.example.org/${v}`)],
    ["an article's text", (v: string) => ExtractInputSchema.shape.text.safeParse(v)],
    ["a user's name", (v: string) => NameSchema.safeParse(v)],
    ["a password", (v: string) => PasswordSchema.safeParse(`long enough ${v}`)],
  ])("%s", (_, parse) => {
    const result = parse("bad \udfff text");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/broken character/);
  });
});
