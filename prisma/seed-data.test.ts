import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { readJsonFile } from "@/lib/import/read-json-file";

// The seed is an Atlas JSON export, read by the import's own reader (prisma/seed.ts imports it).
const read = readJsonFile(readFileSync(path.join(__dirname, "seed-data", "incidents.json"), "utf8"));
if (!read.ok) throw new Error(read.message);
const seed = [...read.candidates];

describe("seed data", () => {
  it("holds 28 incidents that all pass validation", () => {
    expect(seed).toHaveLength(28);
    for (const r of seed) {
      expect(r.problems, r.where).toEqual([]);
      const result = IncidentInputSchema.safeParse(r.input);
      expect(result.success, `${r.where}: ${result.success ? "" : result.error.message}`).toBe(true);
    }
  });

  it("maps the Mir Ali attack with its sources, origin claim and denial", () => {
    const mirAli = IncidentInputSchema.parse(seed.find((r) => r.input?.eventDate === "2024-03-16" && r.input.location?.startsWith("Mir Ali"))!.input);
    expect(mirAli.eventDate).toBe("2024-03-16");
    expect(mirAli.killed.securityForces).toBe(7);
    expect(mirAli.district).toBe("North Waziristan");
    expect(mirAli.sources.map((s) => s.url)).toEqual(
      expect.arrayContaining([
        "https://www.arabnews.pk/node/2478126/pakistan",
        "https://www.thenews.com.pk/latest/1169247-terrorism-against-pakistan-mostly-being-conducted-from-afghanistan-khawaja-asif",
      ]),
    );
    const origin = mirAli.claims.find((c) => c.kind === "origin" && c.sourceUrl.includes("arabnews"));
    expect(origin).toMatchObject({
      claimantName: "Khawaja Muhammad Asif",
      claimantRole: "Defence Minister of Pakistan",
      subject: "Afghanistan",
      madeOn: "2024-03-17",
    });
    expect(mirAli.claims.some((c) => c.kind === "denial" && c.claimantName.includes("Kabul"))).toBe(true);
    expect(mirAli.actors.map((a) => [a.name, a.certainty])).toContainEqual(["Jaish-e-Fursan-e-Muhammad", "claimed"]);
    expect(mirAli.suicide).toBe(true);
  });

  it("keeps the seed article as the Mir Ali record's first report: 7 killed, all security forces", () => {
    const mirAli = IncidentInputSchema.parse(seed.find((r) => r.input?.eventDate === "2024-03-16" && r.input.location?.startsWith("Mir Ali"))!.input);
    const first = mirAli.sources[0]!;
    expect(first.url).toBe("https://www.arabnews.pk/node/2478126/pakistan");
    // The published article states the toll without saying who gave it.
    expect(first.report.originator).toBeNull();
    expect(first.report.figures["killed.total"]?.value).toBe(7);
    expect(first.report.figures["killed.securityForces"]?.value).toBe(7);
  });

  it("copies no sentence of the seed article: third-party text stays outside the repository", () => {
    const article = path.resolve(process.cwd(), "../shared/data/seed-article.txt");
    if (!existsSync(article)) return;
    const words = readFileSync(article, "utf8").replace(/[’‘]/g, "'").split(/\s+/).filter(Boolean);
    const committed = readFileSync(path.resolve(process.cwd(), "prisma/seed-data/incidents.json"), "utf8").replace(/[’‘]/g, "'").replace(/\s+/g, " ");
    const copied = words.flatMap((_, i) => (i + 8 <= words.length ? [words.slice(i, i + 8).join(" ")] : [])).filter((run) => committed.includes(run));
    expect(copied).toEqual([]);
  });

  it("holds an incident whose sources report different tolls", () => {
    const khuzdar = IncidentInputSchema.parse(seed.find((r) => r.input?.title.includes("school bus in Khuzdar"))!.input);
    const totals = khuzdar.sources.flatMap((s) => (s.report.figures["killed.total"] ? [s.report.figures["killed.total"].value] : []));
    expect(new Set(totals).size).toBeGreaterThan(1);
  });

  it("gives at least six incidents differing reports, and one incident figures that all trace to ISPR (issue #13)", () => {
    const incidents = seed.map((r) => IncidentInputSchema.parse(r.input));
    const differing = incidents.filter((i) => {
      const values = new Map<string, Set<number>>();
      for (const s of i.sources) for (const [path, f] of Object.entries(s.report.figures)) values.set(path, (values.get(path) ?? new Set()).add(f!.value));
      return [...values.values()].some((v) => v.size > 1);
    });
    expect(differing.length).toBeGreaterThanOrEqual(6);
    const kalat = incidents.find((i) => i.title.includes("Kalat"))!;
    const reporting = kalat.sources.filter((s) => Object.keys(s.report.figures).length > 0);
    expect(reporting.length).toBeGreaterThanOrEqual(2);
    expect(new Set(reporting.map((s) => s.report.originator))).toEqual(new Set(["ISPR"]));
  });
});
