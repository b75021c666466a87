import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFixtures } from "./fixture-load";

const valid = {
  url: "https://www.dawn.com/news/1",
  outlet: "Dawn",
  publishedAt: "2024-03-16",
  retrieval: "restated",
  note: "n",
  text: "Seven soldiers were killed.",
  expected: {
    eventDate: "2024-03-16",
    location: "Mir Ali",
    district: "North Waziristan",
    province: "Khyber Pakhtunkhwa",
    country: "PAK",
    killed: { total: 7, securityForces: 7, civilians: null, militants: null },
    injured: null,
    attackType: "Bombing/Explosion",
    perpetrator: null,
    originClaim: null,
  },
};

function dirWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "fixtures-"));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), JSON.stringify(body));
  return dir;
}

describe("loadFixtures", () => {
  it("loads labelled articles with their slug and split", () => {
    const [f] = loadFixtures(dirWith({ "dawn-a.json": valid, "notes.txt": "x" }));
    expect(f).toMatchObject({ slug: "dawn-a", split: "dev", expected: { location: "Mir Ali" } });
  });

  it("fails loudly, naming the file and field, on a bad label", () => {
    const bad = { ...valid, expected: { ...valid.expected, killed: { ...valid.expected.killed, total: -1 } } };
    expect(() => loadFixtures(dirWith({ "bad.json": bad }))).toThrow(/bad\.json: expected\.killed\.total/);
  });
});
