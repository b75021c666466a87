import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import { loadFixtures } from "./fixture-load";
import { scoreFixture, summarise } from "./fixture-score";

const fixtures = loadFixtures();
const runs = fixtures.map((f) => ({ f, p: extractArticle({ text: f.text, url: f.url, publishedAt: f.publishedAt }) }));

describe("the labelled article set", () => {
  it("holds at least 25 reports from several outlets, provinces and kinds of attack", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    expect(new Set(fixtures.map((f) => f.expected.province)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(fixtures.map((f) => f.expected.attackType)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(fixtures.map((f) => new URL(f.url).hostname)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(summarise(runs.map(({ f, p }) => scoreFixture(f, p))).map((s) => [s.field, s] as const))("meets the target on %s", (_field, s) => {
    expect(s.accuracy).toBeGreaterThanOrEqual(s.target);
  });

  it("points every proposal's offsets at its evidence", () => {
    for (const { f, p } of runs) {
      const proposals = [p.eventDate, p.location, p.province, p.killed.total, p.injured.total, p.attackType, p.perpetrator, ...p.claims];
      for (const x of proposals) if (x && x.start !== null) expect(f.text.slice(x.start, x.end!)).toBe(x.evidence);
    }
  });
});

describe("the seed article (Arab News Pakistan, 17 March 2024)", () => {
  const seed = runs.find(({ f }) => f.url === "https://www.arabnews.pk/node/2478126/pakistan")!;
  const p = seed.p;

  it("comes out exactly right", () => {
    expect(p.outlet?.value).toBe("Arab News Pakistan");
    expect(p.eventDate?.value).toBe("2024-03-16");
    expect([p.location?.value, p.district?.value, p.province?.value, p.country?.value]).toEqual(["Mir Ali", "North Waziristan", "Khyber Pakhtunkhwa", "PAK"]);
    expect([p.killed.total?.value, p.killed.securityForces?.value, p.killed.civilians, p.killed.militants]).toEqual([7, 7, null, null]);
    expect(p.claims.map((c) => c.value)).toEqual(
      expect.arrayContaining([
        { kind: "origin", claimant: "Defence Minister Khawaja Muhammad Asif", subject: "Afghanistan" },
        { kind: "denial", claimant: "Kabul", subject: "Afghanistan" },
      ]),
    );
    expect(p.claims.find((c) => c.value.kind === "origin")?.value.claimant).toBe("Defence Minister Khawaja Muhammad Asif");
  });

  it("ties the place to the attack, not to the minister's press conference in Sialkot", () => {
    expect(p.location?.evidence).toContain("rammed");
    expect(p.location?.evidence).not.toContain("Sialkot");
  });
});
