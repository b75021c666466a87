import { describe, expect, it } from "vitest";
import { extractArticle } from "../extract-article";
import type { ArticleProposals } from "../types";
import type { RealArticle } from "./schema";
import { calibrate, scoreRealArticle, summariseReal } from "./score";

const article: RealArticle = {
  id: "z01-test-2024",
  url: "https://example.org/a",
  outlet: "Example",
  year: 2024,
  publishedAt: "2024-03-17",
  event: "e",
  split: "dev",
  incidentType: "suicide attack",
  labels: {
    eventDate: "2024-03-16",
    country: "PAK",
    province: "Khyber Pakhtunkhwa",
    district: "North Waziristan",
    place: "Mir Ali",
    placeAlternatives: ["Mirali"],
    killed: { total: 7, securityForces: 7, civilians: null, militants: null },
    injured: null,
  },
  reasons: { date: "Saturday", place: "the post", killed: "seven soldiers", injured: "none given" },
};

const at = <T>(value: T, confidence = 0.9) => ({ value, evidence: "", start: null, end: null, confidence });
const base = extractArticle({ text: "Nothing happened." });
const proposals = (over: Partial<ArticleProposals>): ArticleProposals => ({ ...base, ...over });

describe("scoreRealArticle", () => {
  it("matches a place by any labelled spelling, spaces ignored", () => {
    const r = scoreRealArticle(article, proposals({ location: at("Mir-ali") }));
    expect(r.place.correct).toBe(true);
  });

  it("counts 'not reported' right only when nothing is proposed", () => {
    expect(scoreRealArticle(article, base).injured.correct).toBe(true);
    expect(scoreRealArticle(article, proposals({ injured: { total: at(3) } })).injured.correct).toBe(false);
  });

  it("finds the right value among the first three alternatives", () => {
    const killed = { ...base.killed, total: { ...at(13), alternatives: [at(6), at(7)] } };
    const r = scoreRealArticle(article, proposals({ killed }));
    expect([r.killedTotal.correct, r.killedTotal.inTop3]).toEqual([false, true]);
    expect(summariseReal([r]).find((s) => s.field === "killedTotal")!.top3).toBe(1);
  });

  it("counts a proposal without alternatives by its own value", () => {
    expect(scoreRealArticle(article, proposals({ eventDate: at("2024-03-16") })).eventDate.inTop3).toBe(true);
    expect(scoreRealArticle(article, proposals({ eventDate: at("2024-03-15") })).eventDate.inTop3).toBe(false);
  });
});

describe("calibrate", () => {
  it("tallies right and proposed by confidence level", () => {
    const r = scoreRealArticle(article, proposals({ eventDate: at("2024-03-16", 0.9), province: at("Punjab", 0.85), location: at("Mir Ali", 0.65) }));
    const rows = calibrate([r]);
    expect(rows.find((x) => x.level === "high")).toEqual({ level: "high", right: 1, proposed: 2 });
    expect(rows.find((x) => x.level === "medium")).toEqual({ level: "medium", right: 1, proposed: 1 });
  });
});
