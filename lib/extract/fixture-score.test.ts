import { describe, expect, it } from "vitest";
import { sameClaimant, summarise, TARGETS, type Field, type FieldResult } from "./fixture-score";

describe("sameClaimant", () => {
  it("matches a name to its longer or shorter forms", () => {
    expect(sameClaimant("Defence Minister Khawaja Asif", "Defence Minister Khawaja Muhammad Asif")).toBe(true);
    expect(sameClaimant("DG ISPR", "Lt Gen Ahmed Sharif Chaudhry, DG ISPR")).toBe(true);
    expect(sameClaimant("Inter-Services Public Relations (ISPR)", "ISPR")).toBe(true);
  });

  it("does not match different people who share a title", () => {
    expect(sameClaimant("Defence Minister Khawaja Asif", "Interior Minister Mohsin Naqvi")).toBe(false);
    expect(sameClaimant("", "Kabul")).toBe(false);
  });
});

describe("summarise", () => {
  it("counts correct results per field", () => {
    const row = (ok: boolean) =>
      Object.fromEntries(Object.keys(TARGETS).map((f) => [f, { correct: ok, expected: 1, got: ok ? 1 : 2 }])) as Record<Field, FieldResult>;
    const date = summarise([row(true), row(false), row(true), row(true)]).find((s) => s.field === "date")!;
    expect(date).toEqual({ field: "date", correct: 3, total: 4, accuracy: 0.75, target: 0.9 });
  });
});
