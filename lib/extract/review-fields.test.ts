import { describe, expect, it } from "vitest";
import {
  chooseReading,
  confidenceWords,
  formatConfidence,
  otherReadings,
  readingLabel,
  reviewClaimsFromProposals,
  reviewFieldsFromProposals,
} from "./review-fields";
import type { ArticleProposals } from "./types";

const p = <T>(value: T, confidence = 0.9) => ({ value, evidence: "A sentence.", start: 10, end: 21, confidence });
const empty: ArticleProposals = {
  outlet: null,
  headline: null,
  eventDate: null,
  location: null,
  district: null,
  province: null,
  country: null,
  latitude: null,
  longitude: null,
  killed: { total: null, securityForces: null, civilians: null, militants: null },
  injured: { total: null },
  eventType: null,
  subEventType: null,
  attackType: null,
  weaponType: null,
  suicide: null,
  perpetrator: null,
  claims: [],
};

describe("confidenceWords", () => {
  it.each([
    [0.95, "high"],
    [0.8, "high"],
    [0.79, "medium"],
    [0.6, "medium"],
    [0.59, "low"],
    [0, "low"],
  ] as const)("%s is %s", (c, words) => expect(confidenceWords(c)).toBe(words));

  it.each([
    [0.9, "high · 0.9"],
    [0.86, "high · 0.86"],
    [0.6, "medium · 0.6"],
    [0.45, "low · 0.45"],
    [1, "high · 1.0"],
  ])("formats %s as %s", (c, text) => expect(formatConfidence(c)).toBe(text));
});

describe("reviewFieldsFromProposals", () => {
  it("has no rows when nothing was proposed", () => {
    expect(reviewFieldsFromProposals(empty)).toEqual([]);
    expect(reviewClaimsFromProposals(empty)).toEqual([]);
  });

  it("names each row after the form field it fills, as the text the form holds, accepted by default", () => {
    const rows = reviewFieldsFromProposals({ ...empty, killed: { ...empty.killed, civilians: p(3) }, suicide: p(false), latitude: p(32.97) });
    expect(rows.map((r) => [r.name, r.value, r.use])).toEqual([
      ["latitude", "32.97", true],
      ["killed.civilians", "3", true],
      ["suicide", "no", true],
    ]);
    expect(rows[0]).toMatchObject({ label: "Latitude", input: "number", evidence: "A sentence.", start: 10, end: 21, confidence: 0.9 });
  });

  it("offers the taxonomy as choices for the listed fields", () => {
    const [country, eventType] = reviewFieldsFromProposals({ ...empty, country: p("AFG"), eventType: p("Battles") });
    expect(country!.options).toContainEqual({ value: "AFG", label: "Afghanistan" });
    expect(eventType!.options).toContainEqual({ value: "Battles", label: "Battles" });
  });

  it("keeps the extractor's alternatives as readings, best first, and switches to one and back", () => {
    const total = {
      ...p(13, 0.7),
      evidence: "Seven soldiers were killed; six attackers died.",
      alternatives: [{ ...p(7, 0.6), evidence: "Seven soldiers were killed." }],
    };
    const [row] = reviewFieldsFromProposals({ ...empty, killed: { ...empty.killed, total } });
    expect(row!.readings.map((r) => [r.value, r.evidence, r.confidence])).toEqual([
      ["13", "Seven soldiers were killed; six attackers died.", 0.7],
      ["7", "Seven soldiers were killed.", 0.6],
    ]);
    expect(otherReadings(row!).map((r) => r.value)).toEqual(["7"]);

    const seven = chooseReading({ ...row!, use: false }, otherReadings(row!)[0]!);
    expect(seven).toMatchObject({ value: "7", evidence: "Seven soldiers were killed.", confidence: 0.6, use: true });
    expect(otherReadings(seven).map((r) => r.value)).toEqual(["13"]);
    // After the analyst types a value of their own, every reading is offered again.
    expect(otherReadings({ ...seven, value: "9" }).map((r) => r.value)).toEqual(["13", "7"]);
  });

  it("offers each value once, and names select values by their label", () => {
    const perpetrator = {
      ...p({ name: "TTP", certainty: "claimed" as const }),
      alternatives: [p({ name: "TTP", certainty: "alleged" as const }), p({ name: "Hafiz Gul Bahadur group", certainty: "alleged" as const })],
    };
    const [name] = reviewFieldsFromProposals({ ...empty, perpetrator });
    expect(name!.readings.map((r) => r.value)).toEqual(["TTP", "Hafiz Gul Bahadur group"]);
    const [country] = reviewFieldsFromProposals({ ...empty, country: p("AFG") });
    expect(readingLabel(country!, "PAK")).toBe("Pakistan");
    expect(readingLabel(name!, "TTP")).toBe("TTP");
  });
});
