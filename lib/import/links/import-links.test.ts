import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { addLink } from "@/lib/incidents/links/link-writes";
import { readLinkAudit } from "@/lib/incidents/audit/link-audit";
import { exportText } from "@/tests/export-text";
import { parseCsv } from "@/lib/csv/parse-csv";
import { database, encode, importText, seed } from "@/tests/import-helpers";
import { planImportFile } from "@/lib/import/import-file";

/** Links in an Atlas export come back with an import (decision 023), on real SQLite files. */

const links = (db: Db) => db.incidentLink.findMany({ select: { fromId: true, toId: true, relation: true }, orderBy: [{ fromId: "asc" }, { toId: "asc" }] });

async function seedWithLinks(db: Db) {
  await seed(db);
  await addLink(db, { incidentId: 2, otherId: 1, relation: "response_to", direction: "outgoing", note: null }, null);
  await addLink(db, { incidentId: 3, otherId: 2, relation: "part_of", direction: "incoming", note: null }, null);
  await addLink(db, { incidentId: 3, otherId: 1, relation: "same_event", direction: "mutual", note: null }, null);
}

const plan = async (db: Db, text: string) => {
  const planned = await planImportFile(db, encode(text), undefined, "from-file");
  if (!planned.ok) throw new Error(planned.message);
  return planned.plan;
};

describe("links in an import", () => {
  for (const format of ["csv", "geojson", "json"] as const) {
    it(`export (${format}) -> empty database -> import restores the same links, once each, audited on both ends`, async () => {
      const a = database();
      await seedWithLinks(a.db);
      const file = await exportText(a.db, format);
      const b = database();
      const imported = await importText(b.db, b.url, file);
      expect(imported.links).toMatchObject({ already: 0, skipped: 0, skips: [] });
      expect(imported.links.restore).toHaveLength(3);
      expect(await links(b.db)).toEqual(await links(a.db));
      const events = await b.db.auditEvent.findMany({ where: { action: "link" }, select: { incidentId: true, link: true }, orderBy: { id: "asc" } });
      expect(events).toHaveLength(6);
      expect(events.map((e) => ({ at: e.incidentId, link: readLinkAudit(e.link) }))).toContainEqual({
        at: 1,
        link: { change: "linked", relation: "response_to", direction: "incoming", incidentId: 2, title: expect.any(String), note: null },
      });
      expect(await exportText(b.db, format)).toBe(file);
    });
  }

  it("counts links already there, and skips those whose other incident is not in the Atlas or is another record", async () => {
    const a = database();
    await seedWithLinks(a.db);
    const file = await exportText(a.db, "json");
    expect((await plan(a.db, file)).links).toEqual({ restore: [], already: 3, skipped: 0, skips: [] });

    const items = (JSON.parse(file) as { items: { id: number; title: string }[] }).items;
    const b = database();
    // Only the first record: its links name #2 and #3, which this atlas does not have.
    const alone = await plan(b.db, JSON.stringify({ items: [items[0]] }));
    expect(alone.links.restore).toEqual([]);
    expect(alone.links.skipped).toBe(2);
    expect(alone.links.skips.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^#2 \(.*\): other incident not in the Atlas$/),
      expect.stringMatching(/^#3 \(.*\): other incident not in the Atlas$/),
    ]);
    // #2 exists here under another title: a file from another atlas names no stranger.
    await importText(b.db, b.url, JSON.stringify({ items: [{ ...items[1], title: "Another incident", links: [] }] }));
    const other = await plan(b.db, JSON.stringify({ items: [items[0]] }));
    expect(other.links.skips[0]).toEqual({
      where: "item 1",
      reason: expect.stringContaining('#2: the Atlas\'s incident with this id is another one ("Another incident"'),
    });
  });

  it("rejects a row whose links_json is not a list of links, naming the field", async () => {
    const a = database();
    await seedWithLinks(a.db);
    const csv = await exportText(a.db, "csv");
    const rows = [...parseCsv(csv)].map((r) => r.fields);
    const column = rows[0]!.indexOf("links_json");
    rows[1]![column] = JSON.stringify([{ relation: "caused", direction: "outgoing", incidentId: 2, title: "x", eventDate: "2024-03-16" }]);
    const quote = (f: string) => `"${f.replace(/"/g, '""')}"`;
    const b = database();
    const planned = await plan(b.db, rows.map((r) => r.map(quote).join(",")).join("\n"));
    expect(planned.counts.reject).toBe(1);
    expect(planned.rows.find((r) => r.action === "reject")?.reasons).toEqual([expect.stringMatching(/^links_json\.0\.relation: /)]);
  });
});
