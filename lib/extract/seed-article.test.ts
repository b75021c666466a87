import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";

// The project's seed article as published; third-party text, read from outside the repository.
const SEED = path.join(process.cwd(), "..", "shared", "data", "seed-article.txt");

describe.skipIf(!existsSync(SEED))("the seed article as published (Arab News Pakistan, 17 March 2024)", () => {
  const p = extractArticle({ text: readFileSync(SEED, "utf8"), url: "https://www.arabnews.pk/node/2478126/pakistan", publishedAt: "2024-03-17" });

  it("places the attack in Mir Ali, not in the dateline's Islamabad or the government it stands for", () => {
    expect([p.location?.value, p.district?.value, p.province?.value, p.country?.value]).toEqual(["Mir Ali", "North Waziristan", "Khyber Pakhtunkhwa", "PAK"]);
  });

  it("dates it and counts seven soldiers", () => {
    expect([p.eventDate?.value, p.killed.total?.value, p.killed.securityForces?.value]).toEqual(["2024-03-16", 7, 7]);
  });

  it("keeps the minister's allegation and Kabul's denial", () => {
    expect(p.claims.map((c) => c.value)).toEqual(
      expect.arrayContaining([
        { kind: "origin", claimant: "Defense Minister Khawaja Muhammad Asif", subject: "Afghanistan" },
        { kind: "denial", claimant: "Kabul", subject: "Afghanistan" },
      ]),
    );
  });
});
