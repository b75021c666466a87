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

  /** Each set gathered after a set was scored, to judge the next round: its size and spread, on events of its own. */
  const LATER_SETS = [
    { split: "unseen", idLetter: "u", reports: 60, outlets: 25, everyYear: false, provinces: 0, afghanShare: null },
    { split: "fresh", idLetter: "v", reports: 60, outlets: 25, everyYear: false, provinces: 15, afghanShare: [0.25, 0.45] },
    { split: "blind", idLetter: "w", reports: 80, outlets: 25, everyYear: false, provinces: 15, afghanShare: [0.25, 0.45] },
    { split: "reserve", idLetter: "x", reports: 85, outlets: 30, everyYear: true, provinces: 15, afghanShare: [0.25, 0.45] },
    { split: "spare", idLetter: "y", reports: 85, outlets: 30, everyYear: true, provinces: 15, afghanShare: [0.25, 0.45] },
    { split: "sealed", idLetter: "z", reports: 85, outlets: 30, everyYear: true, provinces: 15, afghanShare: [0.25, 0.45] },
    { split: "locked", idLetter: "l", reports: 85, outlets: 30, everyYear: true, provinces: 15, afghanShare: [0.35, 0.45] },
    { split: "vault", idLetter: "q", reports: 85, outlets: 30, everyYear: true, provinces: 15, afghanShare: [0.35, 0.45] },
    { split: "annex", idLetter: "n", reports: 85, outlets: 30, everyYear: true, provinces: 15, afghanShare: [0.35, 0.45] },
  ] as const;

  for (const set of LATER_SETS) {
    it(`keeps a ${set.split} set of at least ${set.reports} reports from ${set.outlets} outlets, 2008-2025, both countries, on events of its own`, () => {
      const these = labels.filter((a) => a.split === set.split);
      expect(these.length).toBeGreaterThanOrEqual(set.reports);
      expect(new Set(these.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(set.outlets);
      const years = new Set(these.map((a) => a.year));
      if (set.everyYear) expect(years).toEqual(new Set(Array.from({ length: 18 }, (_, i) => 2008 + i)));
      expect([Math.min(...years), Math.max(...years)]).toEqual([2008, 2025]);
      expect(new Set(these.map((a) => a.labels.country))).toEqual(new Set(["PAK", "AFG"]));
      if (set.afghanShare) {
        const afghan = these.filter((a) => a.labels.country === "AFG").length / these.length;
        expect(afghan).toBeGreaterThanOrEqual(set.afghanShare[0]);
        expect(afghan).toBeLessThanOrEqual(set.afghanShare[1]);
      }
      expect(new Set(these.map((a) => a.labels.province)).size).toBeGreaterThanOrEqual(set.provinces);
      expect(these.every((a) => a.id.startsWith(set.idLetter))).toBe(true);
      const earlier = labels.filter((a) => a.split !== set.split);
      const earlierEvents = new Set(earlier.map((a) => a.event));
      const earlierUrls = new Set(earlier.map((a) => a.url));
      expect(these.filter((a) => earlierEvents.has(a.event) || earlierUrls.has(a.url))).toEqual([]);
    });
  }
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
    const sealed = { ...one, id: `${one.id}-z`, split: "sealed" };
    expect(parse([one, sealed]).error?.issues[0]?.path).toEqual(["articles", 1, "split"]);
    const locked = { ...one, id: `${one.id}-l`, split: "locked" };
    expect(parse([one, locked]).error?.issues[0]?.path).toEqual(["articles", 1, "split"]);
    const vault = { ...one, id: `${one.id}-q`, split: "vault" };
    expect(parse([one, vault]).error?.issues[0]?.path).toEqual(["articles", 1, "split"]);
    const annex = { ...one, id: `${one.id}-n`, split: "annex" };
    expect(parse([one, annex]).error?.issues[0]?.path).toEqual(["articles", 1, "split"]);
  });

  it("accepts the holdout, unseen, fresh, blind, reserve, spare, sealed, locked, vault and annex splits and refuses any other", () => {
    expect(parse([{ ...one, split: "holdout" }]).success).toBe(true);
    expect(parse([{ ...one, split: "unseen" }]).success).toBe(true);
    expect(parse([{ ...one, split: "fresh" }]).success).toBe(true);
    expect(parse([{ ...one, split: "blind" }]).success).toBe(true);
    expect(parse([{ ...one, split: "reserve" }]).success).toBe(true);
    expect(parse([{ ...one, split: "spare" }]).success).toBe(true);
    expect(parse([{ ...one, split: "sealed" }]).success).toBe(true);
    expect(parse([{ ...one, split: "locked" }]).success).toBe(true);
    expect(parse([{ ...one, split: "vault" }]).success).toBe(true);
    expect(parse([{ ...one, split: "annex" }]).success).toBe(true);
    expect(parse([{ ...one, split: "tuning" }]).error?.issues[0]?.path).toEqual(["articles", 0, "split"]);
  });

  it("refuses a province outside the labelled country", () => {
    const bad = { ...one, labels: { ...one.labels, country: one.labels.country === "PAK" ? "AFG" : "PAK" } };
    expect(parse([bad]).error?.issues.some((i) => i.path.join(".") === "articles.0.labels.province")).toBe(true);
  });
});
