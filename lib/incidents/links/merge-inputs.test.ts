import { describe, expect, it } from "vitest";
import { buildClaim, buildIncident, buildSource } from "@/prisma/factories";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { codedCasualties } from "@/lib/incidents/coded-casualties";
import { mergeInputs } from "./merge-inputs";

const report = (value: number) => ({ originator: null, figures: { "killed.total": { value, quote: `${value} were killed.` } } });

describe("mergeInputs", () => {
  const shared = { ...buildSource({}, 1), report: report(7) };
  const into = buildIncident({ killed: { total: 7, securityForces: 7 }, sources: [shared], claims: [buildClaim({ sourceUrl: shared.url })] });
  const intoCoded = codedCasualties(IncidentInputSchema.parse(into));

  it("adds only what this record lacks: a source by URL (trailing slash aside), an actor by name and role, a claim by its words", () => {
    const from = buildIncident({
      sources: [{ ...shared, url: `${shared.url}/`, outlet: "Other outlet" }, buildSource({}, 2)],
      actors: [
        { name: "TTP", kind: "armed_group", role: "perpetrator", certainty: "claimed" },
        { name: "ttp ", kind: "armed_group", role: "perpetrator", certainty: "alleged" },
      ],
      claims: [buildClaim({ sourceUrl: shared.url }), buildClaim({ sourceUrl: shared.url, statement: "Something else." })],
    });
    const { merged, added } = mergeInputs(into, intoCoded, from);
    expect(added).toEqual({ sources: 1, actors: 1, claims: 1 });
    expect(merged.sources!.map((s) => s.url)).toEqual([shared.url, buildSource({}, 2).url]);
    expect(merged.title).toBe(into.title);
  });

  it("keeps this record's coded figures when an added report states another value", () => {
    const from = buildIncident({ sources: [{ ...buildSource({}, 3), report: report(12) }] });
    const { merged } = mergeInputs(into, intoCoded, from);
    expect(IncidentInputSchema.parse(merged).killed.total).toBe(7);
    expect(merged.coding!["killed.total"]).toEqual({ rule: "reports", sourceUrl: shared.url, reason: null });
  });

  it("adds nothing from a record with nothing new", () => {
    expect(mergeInputs(into, intoCoded, into).added).toEqual({ sources: 0, actors: 0, claims: 0 });
  });
});
