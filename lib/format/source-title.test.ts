import { describe, expect, it } from "vitest";
import { sourceTitle } from "./source-title";

describe("sourceTitle", () => {
  it("prefers the recorded headline", () => {
    expect(sourceTitle("Seven soldiers killed", "https://www.dawn.com/news/1")).toBe("Seven soldiers killed");
  });
  it("reads the slug of the URL when there is no headline", () => {
    expect(sourceTitle(null, "https://www.thenews.com.pk/latest/1169247-terrorism-against-pakistan-mostly-being-conducted-from-afghanistan-khawaja-asif")).toBe(
      "Terrorism against pakistan mostly being conducted from afghanistan khawaja asif (thenews.com.pk)",
    );
    expect(sourceTitle(null, "https://www.rferl.org/a/afghanistan-taliban-pakistan-airstrikes-bomb/32865938.html")).toBe(
      "Afghanistan taliban pakistan airstrikes bomb (rferl.org)",
    );
  });
  it("falls back to the domain", () => {
    expect(sourceTitle(null, "https://www.arabnews.pk/node/2478126/pakistan")).toBe("arabnews.pk");
  });
});
