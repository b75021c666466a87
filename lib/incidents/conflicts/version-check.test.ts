import { describe, expect, it } from "vitest";
import { buildIncident, buildSource } from "@/prisma/factories";
import type { DiffableIncident } from "@/lib/incidents/audit/diffable";
import { compareVersions, isStale, mergeVersions, resolveChoice } from "./version-check";

const base = buildIncident() as DiffableIncident;
const withKilled = (x: DiffableIncident, securityForces: number) => ({ ...x, killed: { ...x.killed, securityForces } });

describe("isStale", () => {
  it("is stale when the record has another version", () => {
    expect(isStale(3, 3)).toBe(false);
    expect(isStale(3, 4)).toBe(true);
  });
});

describe("compareVersions", () => {
  it("classes fields changed by them, by me and by both", () => {
    const current = { ...withKilled(base, 5), title: "Their title" };
    const mine = { ...withKilled(base, 9), location: "Miranshah" };
    const conflicts = compareVersions(base, current, mine);
    expect(conflicts.map((c) => [c.unit, c.changedBy])).toEqual([
      ["title", "them"],
      ["location", "me"],
      ["killed.securityForces", "both"],
    ]);
    expect(conflicts.find((c) => c.unit === "killed.securityForces")).toMatchObject({ label: "killed (security forces)", theirs: "5", mine: "9" });
  });

  it("ignores a field both changed to the same value", () => {
    expect(compareVersions(base, withKilled(base, 5), withKilled(base, 5))).toEqual([]);
  });

  it("treats the sources as one unit, described row by row", () => {
    const added = buildSource({ outlet: "Dawn" }, 2);
    const current = { ...base, sources: [...base.sources!, added] };
    const [conflict] = compareVersions(base, current, base);
    expect(conflict).toMatchObject({ unit: "sources", changedBy: "them" });
    expect(conflict!.theirs).toContain("Dawn (https://news.example.org/2024/03/report-2)");
  });

  it("treats how the figures are coded as one unit: a coding choice on each side is a conflict to choose, not lost to the later save", () => {
    const theirs: DiffableIncident = { ...base, coding: { "killed.total": { rule: "analyst" as const, sourceUrl: null, reason: "Counts the attackers" } } };
    const mine: DiffableIncident = { ...base, coding: { "injured.total": { rule: "analyst" as const, sourceUrl: null, reason: "Hospital's later count" } } };
    const [conflict] = compareVersions(base, theirs, mine);
    expect(conflict).toMatchObject({
      unit: "coding",
      label: "how the figures are coded",
      changedBy: "both",
      theirs: "killed (total): set by the analyst: Counts the attackers",
      mine: "injured (total): set by the analyst: Hospital's later count",
    });
    expect(mergeVersions(theirs, mine, [conflict!], { coding: "theirs" }).coding).toEqual(theirs.coding);
    expect(compareVersions(base, theirs, base)).toMatchObject([{ unit: "coding", changedBy: "them" }]);
    expect(compareVersions(base, { ...base, coding: {} }, base)).toEqual([]);
  });

  it("counts every difference as both when the starting version is unknown", () => {
    const conflicts = compareVersions(null, withKilled(base, 5), { ...base, title: "Mine" });
    expect(conflicts.every((c) => c.changedBy === "both")).toBe(true);
    expect(conflicts.map((c) => c.unit)).toEqual(["title", "killed.securityForces"]);
  });
});

describe("mergeVersions", () => {
  const current = { ...withKilled(base, 5), title: "Their title" };
  const mine = { ...withKilled(base, 9), location: "Miranshah", sources: [buildSource({ outlet: "Dawn" }, 3)] };
  const conflicts = compareVersions(base, current, mine);

  it("keeps both sides' separate changes and takes mine where both changed, by default", () => {
    const merged = mergeVersions(current, mine, conflicts);
    expect(merged.title).toBe("Their title");
    expect(merged.location).toBe("Miranshah");
    expect(merged.killed?.securityForces).toBe(9);
    expect(merged.killed?.total).toBe(7);
    expect(merged.sources?.[0]?.outlet).toBe("Dawn");
  });

  it("follows the analyst's choice", () => {
    const merged = mergeVersions(current, mine, conflicts, { "killed.securityForces": "theirs" });
    expect(merged.killed?.securityForces).toBe(5);
    expect(
      resolveChoice(
        conflicts.find((c) => c.unit === "title")!,
        { title: "mine" },
      ),
    ).toBe("theirs");
  });

  it("does not modify its inputs", () => {
    mergeVersions(current, mine, conflicts);
    expect(current.killed?.securityForces).toBe(5);
  });
});
