import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims";
import { splitSentences } from "./sentences";
import type { PerpetratorValue, Proposal } from "./types";

function claims(text: string, perpetrator: Proposal<PerpetratorValue> | null = null) {
  const sentences = splitSentences(text);
  return extractClaims(
    sentences,
    sentences.map(() => false),
    text,
    perpetrator,
  ).map((p) => p.value);
}

describe("extractClaims", () => {
  it("finds the origin alleged by a named minister and Kabul's denial", () => {
    const text =
      "Pakistan's Defence Minister Khawaja Muhammad Asif said on Sunday that terrorism was conducted mostly from Afghanistan. " +
      "Kabul denies such allegations and says it does not allow anyone to use Afghan soil against other countries.";
    expect(claims(text)).toEqual([
      { kind: "origin", claimant: "Defence Minister Khawaja Muhammad Asif", subject: "Afghanistan" },
      { kind: "denial", claimant: "Kabul", subject: "Afghanistan" },
    ]);
  });

  it("attributes a quoted origin to the speaker named beside the quote", () => {
    const text = 'Defence Minister Khawaja Asif spoke. "Terrorism against us originates mostly from Afghanistan," Asif told reporters.';
    expect(claims(text)[0]).toEqual({ kind: "origin", claimant: "Defence Minister Khawaja Asif", subject: "Afghanistan" });
  });

  it("reads state sponsorship as attribution, not origin", () => {
    const text = "The ISPR said the attack was planned and orchestrated by India.";
    expect(claims(text)).toEqual([{ kind: "attribution", claimant: "ISPR", subject: "India" }]);
  });

  it("turns a claimed perpetrator into a responsibility claim", () => {
    const text = "The BLA claimed responsibility.";
    const p = { value: { name: "Balochistan Liberation Army", certainty: "claimed" as const }, evidence: text, start: 0, end: 31, confidence: 0.85 };
    expect(claims(text, p)).toEqual([{ kind: "responsibility", claimant: "Balochistan Liberation Army", subject: "Balochistan Liberation Army" }]);
  });

  it("finds nothing in a plain report", () => {
    expect(claims("Seven soldiers were killed in North Waziristan on Saturday.")).toEqual([]);
  });
});
