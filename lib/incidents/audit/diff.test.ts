import { describe, expect, it } from "vitest";
import { buildClaim, buildIncident, buildSource } from "@/prisma/factories";
import type { DiffableIncident } from "./diffable";
import { describeChange, diffIncidents, formatValue } from "./diff";

const base = buildIncident() as DiffableIncident;
const words = (before: DiffableIncident | null, after: DiffableIncident | null) => diffIncidents(before, after).map(describeChange);

describe("diffIncidents", () => {
  it("finds nothing between equal versions", () => {
    expect(diffIncidents(base, structuredClone(base))).toEqual([]);
  });

  it("says a casualty change in plain words", () => {
    const after = { ...base, killed: { ...base.killed, securityForces: 5 } };
    expect(words(base, after)).toEqual(["killed (security forces): 7 -> 5"]);
  });

  it("says 'not reported' for a count that was cleared, and treats '' like null", () => {
    expect(words(base, { ...base, killed: { ...base.killed, total: null } })).toEqual(["killed (total): 7 -> not reported"]);
    expect(words({ ...base, district: null }, { ...base, district: "" })).toEqual([]);
    expect(words({ ...base, district: null }, { ...base, district: "Bannu" })).toEqual(["district: (empty) -> Bannu"]);
  });

  it("lists fields in form order, then rows", () => {
    const after = { ...base, title: "New title", location: "Miranshah", sources: [...base.sources!, buildSource({ outlet: "Dawn" }, 2)] };
    expect(words(base, after)).toEqual([
      "title: Test incident 1: attack on a checkpost -> New title",
      "place: Mir Ali -> Miranshah",
      "source added: Dawn (https://news.example.org/2024/03/report-2)",
    ]);
  });

  it("matches sources by URL, ignoring a trailing slash or fragment", () => {
    const moved = { ...base, sources: [{ ...base.sources![0]!, url: `${base.sources![0]!.url}/#top`, quote: "Seven soldiers died." }] };
    expect(words(base, moved)).toEqual(["source Example News (https://news.example.org/2024/03/report-1/#top): quote: (empty) -> Seven soldiers died."]);
  });

  it("reports removed rows and changed actor certainty", () => {
    const actor = { name: "TTP", kind: "armed_group", role: "perpetrator", certainty: "suspected" };
    const before = { ...base, actors: [actor], claims: [buildClaim()] };
    const after = { ...base, actors: [{ ...actor, certainty: "claimed" }], claims: [] };
    expect(words(before, after)).toEqual([
      "actor TTP (perpetrator, claimed): certainty: suspected -> claimed",
      "claim removed: origin by Khawaja Muhammad Asif about Afghanistan",
    ]);
  });

  it("keeps repeated rows apart", () => {
    const claim = buildClaim();
    const before = { ...base, claims: [claim] };
    const after = { ...base, claims: [claim, { ...claim, statement: "Said it again." }] };
    expect(words(before, after)).toEqual(["claim added: origin by Khawaja Muhammad Asif about Afghanistan"]);
  });

  it("lists what a new record holds, without an empty 'before' or 'suicide: no' noise", () => {
    const created = words(null, { ...base, suicide: false, sources: [] });
    expect(created).toContain("title: Test incident 1: attack on a checkpost");
    expect(created).toContain("killed (security forces): 7");
    expect(created.filter((w) => w.includes("->"))).toEqual([]);
    expect(created.some((w) => w.startsWith("suicide"))).toBe(false);
  });

  it("says yes/no for the suicide flag", () => {
    expect(words(base, { ...base, suicide: false })).toEqual(["suicide attack: yes -> no"]);
    expect(words(base, { ...base, suicide: null })).toEqual(["suicide attack: yes -> not known"]);
  });
});

describe("formatValue", () => {
  it("formats empties by kind of field", () => {
    expect(formatValue("killed.total", null)).toBe("not reported");
    expect(formatValue("injured.civilians", undefined)).toBe("not reported");
    expect(formatValue("target", null)).toBe("(empty)");
    expect(formatValue("killed.total", 0)).toBe("0");
  });
});
