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

  it("splits into two halves of similar size", () => {
    const dev = labels.filter((a) => a.split === "dev").length;
    expect(Math.abs(dev - (labels.length - dev))).toBeLessThanOrEqual(6);
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

  it("refuses one event in both halves", () => {
    const twin = { ...one, id: `${one.id}-b`, split: one.split === "dev" ? "test" : "dev" };
    expect(parse([one, twin]).error?.issues[0]?.message).toMatch(/both halves/);
  });

  it("refuses a province outside the labelled country", () => {
    const bad = { ...one, labels: { ...one.labels, country: one.labels.country === "PAK" ? "AFG" : "PAK" } };
    expect(parse([bad]).error?.issues.some((i) => i.path.join(".") === "articles.0.labels.province")).toBe(true);
  });
});
