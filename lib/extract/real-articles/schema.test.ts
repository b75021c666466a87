import { describe, expect, it } from "vitest";
import { loadRealArticleLabels } from "./load";
import { RealArticleFileSchema } from "./schema";

const labels = loadRealArticleLabels();

describe("the real-article label file", () => {
  it("covers the issue's spread: 80 reports, 25 outlets, 2008-2025, both countries", () => {
    expect(labels.length).toBeGreaterThanOrEqual(80);
    expect(new Set(labels.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(25);
    expect(Math.min(...labels.map((a) => a.year))).toBe(2008);
    expect(Math.max(...labels.map((a) => a.year))).toBe(2025);
    expect(new Set(labels.map((a) => a.labels.country))).toEqual(new Set(["PAK", "AFG"]));
  });

  it("splits the first 86 reports into two halves of similar size", () => {
    const dev = labels.filter((a) => a.split === "dev").length;
    const test = labels.filter((a) => a.split === "test").length;
    expect(dev + test).toBe(86);
    expect(Math.abs(dev - test)).toBeLessThanOrEqual(6);
  });

  it("holds out a later set of at least 50 reports from 20 outlets, both countries, on events of its own", () => {
    const holdout = labels.filter((a) => a.split === "holdout");
    expect(holdout.length).toBeGreaterThanOrEqual(50);
    expect(new Set(holdout.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(holdout.map((a) => a.labels.country))).toEqual(new Set(["PAK", "AFG"]));
    expect(holdout.every((a) => a.id.startsWith("h"))).toBe(true);
    const earlier = new Set(labels.filter((a) => a.split !== "holdout").map((a) => a.event));
    expect(holdout.filter((a) => earlier.has(a.event))).toEqual([]);
  });

  it("keeps an unseen set of at least 60 reports from 25 outlets, 2008-2025, both countries, on events of its own", () => {
    const unseen = labels.filter((a) => a.split === "unseen");
    expect(unseen.length).toBeGreaterThanOrEqual(60);
    expect(new Set(unseen.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(25);
    expect(Math.min(...unseen.map((a) => a.year))).toBe(2008);
    expect(Math.max(...unseen.map((a) => a.year))).toBe(2025);
    expect(new Set(unseen.map((a) => a.labels.country))).toEqual(new Set(["PAK", "AFG"]));
    expect(unseen.every((a) => a.id.startsWith("u"))).toBe(true);
    const earlier = labels.filter((a) => a.split !== "unseen");
    const earlierEvents = new Set(earlier.map((a) => a.event));
    const earlierUrls = new Set(earlier.map((a) => a.url));
    expect(unseen.filter((a) => earlierEvents.has(a.event) || earlierUrls.has(a.url))).toEqual([]);
  });

  it("keeps a fresh set of at least 60 reports from 25 outlets, 2008-2025, both countries, on events of its own", () => {
    const fresh = labels.filter((a) => a.split === "fresh");
    expect(fresh.length).toBeGreaterThanOrEqual(60);
    expect(new Set(fresh.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(25);
    expect(Math.min(...fresh.map((a) => a.year))).toBe(2008);
    expect(Math.max(...fresh.map((a) => a.year))).toBe(2025);
    expect(new Set(fresh.map((a) => a.labels.country))).toEqual(new Set(["PAK", "AFG"]));
    const afghan = fresh.filter((a) => a.labels.country === "AFG").length;
    expect(afghan / fresh.length).toBeGreaterThanOrEqual(0.25);
    expect(afghan / fresh.length).toBeLessThanOrEqual(0.45);
    expect(new Set(fresh.map((a) => a.labels.province)).size).toBeGreaterThanOrEqual(15);
    expect(fresh.every((a) => a.id.startsWith("v"))).toBe(true);
    const earlier = labels.filter((a) => a.split !== "fresh");
    const earlierEvents = new Set(earlier.map((a) => a.event));
    const earlierUrls = new Set(earlier.map((a) => a.url));
    expect(fresh.filter((a) => earlierEvents.has(a.event) || earlierUrls.has(a.url))).toEqual([]);
  });

  it("keeps a blind set of at least 80 reports from 25 outlets, 2008-2025, both countries, on events of its own", () => {
    const blind = labels.filter((a) => a.split === "blind");
    expect(blind.length).toBeGreaterThanOrEqual(80);
    expect(new Set(blind.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(25);
    expect(Math.min(...blind.map((a) => a.year))).toBe(2008);
    expect(Math.max(...blind.map((a) => a.year))).toBe(2025);
    expect(new Set(blind.map((a) => a.labels.country))).toEqual(new Set(["PAK", "AFG"]));
    const afghan = blind.filter((a) => a.labels.country === "AFG").length;
    expect(afghan / blind.length).toBeGreaterThanOrEqual(0.25);
    expect(afghan / blind.length).toBeLessThanOrEqual(0.45);
    expect(new Set(blind.map((a) => a.labels.province)).size).toBeGreaterThanOrEqual(15);
    expect(blind.every((a) => a.id.startsWith("w"))).toBe(true);
    const earlier = labels.filter((a) => a.split !== "blind");
    const earlierEvents = new Set(earlier.map((a) => a.event));
    const earlierUrls = new Set(earlier.map((a) => a.url));
    expect(blind.filter((a) => earlierEvents.has(a.event) || earlierUrls.has(a.url))).toEqual([]);
  });

  it("keeps a reserve set of at least 85 reports from 30 outlets, 2008-2025, both countries, on events of its own", () => {
    const reserve = labels.filter((a) => a.split === "reserve");
    expect(reserve.length).toBeGreaterThanOrEqual(85);
    expect(new Set(reserve.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(30);
    expect(new Set(reserve.map((a) => a.year))).toEqual(new Set(Array.from({ length: 18 }, (_, i) => 2008 + i)));
    expect(new Set(reserve.map((a) => a.labels.country))).toEqual(new Set(["PAK", "AFG"]));
    const afghan = reserve.filter((a) => a.labels.country === "AFG").length;
    expect(afghan / reserve.length).toBeGreaterThanOrEqual(0.25);
    expect(afghan / reserve.length).toBeLessThanOrEqual(0.45);
    expect(new Set(reserve.map((a) => a.labels.province)).size).toBeGreaterThanOrEqual(15);
    expect(reserve.every((a) => a.id.startsWith("x"))).toBe(true);
    const earlier = labels.filter((a) => a.split !== "reserve");
    const earlierEvents = new Set(earlier.map((a) => a.event));
    const earlierUrls = new Set(earlier.map((a) => a.url));
    expect(reserve.filter((a) => earlierEvents.has(a.event) || earlierUrls.has(a.url))).toEqual([]);
  });

  it("keeps a spare set of at least 85 reports from 30 outlets, 2008-2025, both countries, on events of its own", () => {
    const spare = labels.filter((a) => a.split === "spare");
    expect(spare.length).toBeGreaterThanOrEqual(85);
    expect(new Set(spare.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(30);
    expect(new Set(spare.map((a) => a.year))).toEqual(new Set(Array.from({ length: 18 }, (_, i) => 2008 + i)));
    expect(new Set(spare.map((a) => a.labels.country))).toEqual(new Set(["PAK", "AFG"]));
    const afghan = spare.filter((a) => a.labels.country === "AFG").length;
    expect(afghan / spare.length).toBeGreaterThanOrEqual(0.25);
    expect(afghan / spare.length).toBeLessThanOrEqual(0.45);
    expect(new Set(spare.map((a) => a.labels.province)).size).toBeGreaterThanOrEqual(15);
    expect(spare.every((a) => a.id.startsWith("y"))).toBe(true);
    const earlier = labels.filter((a) => a.split !== "spare");
    const earlierEvents = new Set(earlier.map((a) => a.event));
    const earlierUrls = new Set(earlier.map((a) => a.url));
    expect(spare.filter((a) => earlierEvents.has(a.event) || earlierUrls.has(a.url))).toEqual([]);
  });
});

describe("RealArticleFileSchema", () => {
  const one = labels[0]!;
  const parse = (articles: unknown[]) => RealArticleFileSchema.safeParse({ note: "", articles });

  it("accepts a well-formed article", () => expect(parse([one]).success).toBe(true));

  it("names the field when a total falls below its parts", () => {
    const bad = { ...one, labels: { ...one.labels, killed: { total: 1, securityForces: 2, civilians: null, militants: null } } };
    const r = parse([bad]);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["articles", 0, "labels", "killed", "total"]);
  });

  it("refuses one event in two sets", () => {
    const twin = { ...one, id: `${one.id}-b`, split: one.split === "dev" ? "test" : "dev" };
    expect(parse([one, twin]).error?.issues[0]?.message).toMatch(/in two sets/);
    const held = { ...one, id: `${one.id}-h`, split: "holdout" };
    expect(parse([one, held]).error?.issues[0]?.path).toEqual(["articles", 1, "split"]);
    const unseen = { ...one, id: `${one.id}-u`, split: "unseen" };
    expect(parse([one, unseen]).error?.issues[0]?.path).toEqual(["articles", 1, "split"]);
    const fresh = { ...one, id: `${one.id}-v`, split: "fresh" };
    expect(parse([one, fresh]).error?.issues[0]?.path).toEqual(["articles", 1, "split"]);
    const blind = { ...one, id: `${one.id}-w`, split: "blind" };
    expect(parse([one, blind]).error?.issues[0]?.path).toEqual(["articles", 1, "split"]);
    const reserve = { ...one, id: `${one.id}-x`, split: "reserve" };
    expect(parse([one, reserve]).error?.issues[0]?.path).toEqual(["articles", 1, "split"]);
    const spare = { ...one, id: `${one.id}-y`, split: "spare" };
    expect(parse([one, spare]).error?.issues[0]?.path).toEqual(["articles", 1, "split"]);
  });

  it("accepts the holdout, unseen, fresh, blind, reserve and spare splits and refuses any other", () => {
    expect(parse([{ ...one, split: "holdout" }]).success).toBe(true);
    expect(parse([{ ...one, split: "unseen" }]).success).toBe(true);
    expect(parse([{ ...one, split: "fresh" }]).success).toBe(true);
    expect(parse([{ ...one, split: "blind" }]).success).toBe(true);
    expect(parse([{ ...one, split: "reserve" }]).success).toBe(true);
    expect(parse([{ ...one, split: "spare" }]).success).toBe(true);
    expect(parse([{ ...one, split: "tuning" }]).error?.issues[0]?.path).toEqual(["articles", 0, "split"]);
  });

  it("refuses a province outside the labelled country", () => {
    const bad = { ...one, labels: { ...one.labels, country: one.labels.country === "PAK" ? "AFG" : "PAK" } };
    expect(parse([bad]).error?.issues.some((i) => i.path.join(".") === "articles.0.labels.province")).toBe(true);
  });
});
