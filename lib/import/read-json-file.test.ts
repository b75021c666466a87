import { afterEach, describe, expect, it } from "vitest";
import { freshDatabase } from "@/tests/fresh-database";
import { planImportFile } from "./import-file";
import { PREVIEW_LIMITS } from "./preview-limits";

const open: ReturnType<typeof freshDatabase>[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.remove();
});

async function plan(text: string) {
  const d = freshDatabase();
  open.push(d);
  const planned = await planImportFile(d.db, new TextEncoder().encode(text));
  if (!planned.ok) throw new Error(planned.message);
  return planned.plan;
}

const NOT_A_RECORD = "not an incident record: 33 of its 33 required fields are missing (id, externalId, title, summary, ...)";

describe("JSON items that are not incident records", () => {
  it("are each rejected with their position and one reason, not one per missing field", async () => {
    const p = await plan(`[{}, "text", 5, null, [], {"title": "Only a title"}]`);
    expect(p.counts).toEqual({ create: 0, update: 0, conflict: 0, reject: 6 });
    expect(p.rows.map((r) => [r.where, r.reasons])).toEqual([
      ["item 1", [NOT_A_RECORD]],
      ["item 2", ["not an object with an incident record's fields"]],
      ["item 3", ["not an object with an incident record's fields"]],
      ["item 4", ["not an object with an incident record's fields"]],
      ["item 5", ["not an object with an incident record's fields"]],
      ["item 6", ["not an incident record: 32 of its 33 required fields are missing (id, externalId, summary, status, ...)"]],
    ]);
  });

  it("in GeoJSON, are named by their feature", async () => {
    const p = await plan(`{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null, "properties": {}}]}`);
    expect(p.rows.map((r) => [r.where, r.reasons])).toEqual([
      ["feature 1", ["not an incident record: 31 of its 31 required fields are missing (id, externalId, title, summary, ...)"]],
    ]);
  });

  it("a file of 200,000 empty objects is counted whole, and the plan keeps only the rows the preview lists", async () => {
    const p = await plan(`[${Array.from({ length: 200_000 }, () => "{}").join(",")}]`);
    expect(p.counts.reject).toBe(200_000);
    expect(p.rows).toHaveLength(PREVIEW_LIMITS.rejected);
    expect(p.rows.at(-1)).toMatchObject({ where: `item ${PREVIEW_LIMITS.rejected}`, reasons: [NOT_A_RECORD] });
  });
});
