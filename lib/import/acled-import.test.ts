import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { createIncidentIn, replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { fromAcledRow } from "@/lib/acled/from-acled-row";
import { planImportFile } from "./import-file";
import { parseCsv } from "@/lib/csv/parse-csv";
import { database, encode, importText, seed } from "@/tests/import-helpers";

describe("ACLED import", () => {
  const header =
    "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities";
  const good =
    'PAK1,2024-03-16,1,Battles,Armed clash,Tehreek-i-Taliban Pakistan,2,Military Forces of Pakistan (2018-),1,Pakistan,Federally Administered Tribal Areas,North Waziristan,Mir Ali,32.97,70.27,1,"Dawn; The News","On 16 March 2024, militants attacked a checkpost.",7';

  it("previews created, updated and rejected rows with line numbers and reasons, writing nothing", async () => {
    const a = database();
    await seed(a.db);
    const text = [
      header,
      good,
      "PAK777,2024-03-10,2,Battles,Armed clash,,,,,Pakistan,Khyber Pakhtunkhwa,,,,,3,,Updated from ACLED,8",
      'PAK3,2024-03-17,1,Picnic,,,,,,Pakistan,Punjab,Lahore,Lahore,31.5,74.3,1,,"multi\nline note",0',
      "PAK4,not a date,1,Battles,,,,,,Pakistan,Sindh,,,,,1,,,",
      "PAK1,2024-03-16,1,Battles,Armed clash,,,,,Pakistan,Punjab,,,,,1,,,1",
    ].join("\n");
    const planned = await planImportFile(a.db, encode(text));
    if (!planned.ok) throw new Error(planned.message);
    const { plan } = planned;
    expect(plan.counts).toEqual({ create: 1, update: 1, conflict: 0, reject: 3 });
    expect(plan.rows.map((r) => [r.where, r.action])).toEqual([
      ["line 2", "create"],
      ["line 3", "update"],
      ["line 4", "reject"],
      ["line 6", "reject"],
      ["line 7", "reject"],
    ]);
    expect(plan.rows[2]!.reasons.join()).toContain("eventType: Choose an event type");
    expect(plan.rows[3]!.reasons.join()).toContain('event_date: "not a date"');
    expect(plan.rows[4]!.reasons).toEqual(['the same event_id_cnty "PAK1" as line 2']);
    expect(plan.rows[0]!.notes).toEqual(['admin1 "Federally Administered Tribal Areas" recorded as Khyber Pakhtunkhwa']);
    expect(await a.db.incident.count()).toBe(3);
  });

  it("an update from ACLED keeps the record's title, status, sources and casualty breakdown", async () => {
    const a = database();
    await seed(a.db);
    await a.db.incident.update({ where: { id: 3 }, data: { externalId: null } });
    await a.db.incident.update({ where: { id: 2 }, data: { externalId: "PAK1" } });
    const plan = await importText(a.db, a.url, `${header}\n${good.replace(/,7$/, ",10")}`);
    expect(plan.rows[0]).toMatchObject({ action: "update", targetId: 2, reasons: [] });
    const updated = await a.db.incident.findUniqueOrThrow({ where: { id: 2 }, include: { sources: true } });
    expect(updated).toMatchObject({
      title: "Test incident 2: attack on a checkpost",
      status: "published",
      killedTotal: 10,
      killedSecurity: 7,
      eventType: "Battles",
      version: 2,
    });
    // The two articles stay; ACLED's own record is cited beside them, with its report (decision 020).
    expect(updated.sources).toHaveLength(3);
    const acled = await a.db.source.findUniqueOrThrow({ where: { datasetRecord: "ACLED PAK1" }, include: { incidents: true } });
    expect(acled).toMatchObject({ url: null, outlet: "ACLED", archivedText: "On 16 March 2024, militants attacked a checkpost." });
    expect(acled.incidents).toMatchObject([{ incidentId: 2, originator: "Dawn; The News", position: 2 }]);
    expect(await a.db.reportedFigure.findMany({ where: { sourceId: acled.id }, select: { field: true, value: true } })).toEqual([
      { field: "killed.total", value: 10 },
    ]);
    expect(updated.summary).toContain("ACLED source: Dawn; The News");
  });
  it("a total below the record's breakdown is rejected, not silently changed", async () => {
    const a = database();
    await seed(a.db);
    await a.db.incident.update({ where: { id: 2 }, data: { externalId: "PAK1" } });
    const planned = await planImportFile(a.db, encode(`${header}\n${good.replace(/,7$/, ",4")}`));
    // The estimates follow ACLED's report (4), so only the total is refused.
    expect(planned.ok && planned.plan.rows[0]!.reasons).toEqual(["killed.total: Total killed (4) cannot be less than security forces + militants (9)"]);
  });

  const second =
    'PAK2,2024-03-18,1,Battles,Armed clash,Tehreek-i-Taliban Pakistan,2,,,Pakistan,Balochistan,Quetta,Quetta,30.18,67.00,1,,"A clash was reported.",';
  const sourceRows = async (db: Db) => ({
    sources: (await db.source.findMany({ orderBy: { id: "asc" } })).map(({ createdAt, updatedAt, archivedAt, ...s }) => ({
      ...s,
      dated: [createdAt, updatedAt, archivedAt].map((d) => d instanceof Date),
    })),
    links: await db.incidentSource.findMany({ orderBy: [{ incidentId: "asc" }, { sourceId: "asc" }] }),
    figures: await db.reportedFigure.findMany({ orderBy: [{ incidentId: "asc" }, { sourceId: "asc" }, { field: "asc" }] }),
    killed: (await db.incident.findMany({ orderBy: { id: "asc" }, select: { killedTotal: true, killedLow: true, killedHigh: true } })).map((i) => [
      i.killedTotal,
      i.killedLow,
      i.killedHigh,
    ]),
  });
  /** The one-by-one path (Prisma), as the bulk writer's twin: each row mapped and written by createIncidentIn or replaceIncidentIn. */
  const writeOneByOne = async (db: Db, rows: string[], ids: Map<string, number>) => {
    const text = `${header}\n${rows.join("\n")}`;
    const [head, ...lines] = [...parseCsv(text)].map((r) => r.fields);
    for (const fields of lines) {
      const m = fromAcledRow(Object.fromEntries(head!.map((h, i) => [h, fields[i]!])));
      const data = IncidentInputSchema.parse(m.input);
      const id = ids.get(m.externalId!);
      if (id) await db.$transaction((tx) => replaceIncidentIn(tx, id, data, { externalId: m.externalId }));
      else ids.set(m.externalId!, await db.$transaction((tx) => createIncidentIn(tx, data, { externalId: m.externalId })));
    }
  };

  it("cites each row as its ACLED dataset source with the fatalities as its report, the same rows by the bulk writer and one by one", async () => {
    const bulk = database();
    await importText(bulk.db, bulk.url, `${header}\n${good}\n${second}`);
    const oneByOne = database();
    await writeOneByOne(oneByOne.db, [good, second], new Map());
    const rows = await sourceRows(bulk.db);
    expect(rows.sources.map((s) => [s.url, s.datasetRecord, s.outlet, s.archivedText, s.dated])).toEqual([
      [null, "ACLED PAK1", "ACLED", "On 16 March 2024, militants attacked a checkpost.", [true, true, true]],
      [null, "ACLED PAK2", "ACLED", "A clash was reported.", [true, true, true]],
    ]);
    expect(rows.links.map((l) => [l.incidentId, l.sourceId, l.originator])).toEqual([
      [1, 1, "Dawn; The News"],
      [2, 2, null],
    ]);
    // Empty fatalities: no figure, and nothing coded from it.
    expect(rows.figures.map((f) => [f.incidentId, f.field, f.value, f.quote])).toEqual([[1, "killed.total", 7, null]]);
    expect(rows.killed).toEqual([
      [7, 7, 7],
      [null, null, null],
    ]);
    expect(await sourceRows(oneByOne.db)).toEqual(rows);
  });

  it("re-importing the same event_id_cnty updates the same dataset source and its report, by the bulk writer and one by one", async () => {
    const revised = good.replace(/,7$/, ",10").replace("militants attacked a checkpost.", "militants attacked a checkpost; three more died later.");
    const bulk = database();
    await importText(bulk.db, bulk.url, `${header}\n${good}`);
    const before = await bulk.db.source.findUniqueOrThrow({ where: { datasetRecord: "ACLED PAK1" } });
    const plan = await importText(bulk.db, bulk.url, `${header}\n${revised}`);
    expect(plan.counts).toMatchObject({ create: 0, update: 1 });
    const after = await bulk.db.source.findUniqueOrThrow({ where: { datasetRecord: "ACLED PAK1" } });
    expect(after.id).toBe(before.id);
    expect(after.archivedText).toBe("On 16 March 2024, militants attacked a checkpost; three more died later.");
    expect(after.archivedSha256).not.toBe(before.archivedSha256);
    expect(await bulk.db.source.count()).toBe(1);
    const rows = await sourceRows(bulk.db);
    expect(rows.figures.map((f) => [f.sourceId, f.value])).toEqual([[before.id, 10]]);
    expect(rows.killed).toEqual([[10, 10, 10]]);

    const oneByOne = database();
    const ids = new Map<string, number>();
    await writeOneByOne(oneByOne.db, [good], ids);
    await writeOneByOne(oneByOne.db, [revised], ids);
    expect(await sourceRows(oneByOne.db)).toEqual(rows);
  });
});

describe("unreadable files", () => {
  const message = async (bytes: Uint8Array) => {
    const { db } = database();
    const planned = await planImportFile(db, bytes);
    return planned.ok ? null : planned.message;
  };

  it("explains each problem and writes nothing", { timeout: 30_000 }, async () => {
    expect(await message(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]))).toMatch(/not text/);
    expect(await message(new Uint8Array([0xff, 0xfe, 0x41]))).toMatch(/not text/);
    expect(await message(encode(""))).toBe("The file is empty.");
    expect(await message(encode("name,age\nAli,3\n"))).toMatch(/not ACLED's or Atlas's: missing event_date, event_type, country/);
    expect(await message(encode("event_date,event_type,country\r\n"))).toBe("The file has a header but no rows to import.");
    expect(await message(encode(`event_date,event_type,country\n"${"x".repeat(1_000_001)}",a,b`))).toMatch(/longer than 1,000,000 characters/);
    expect(await message(encode('event_date,event_type,country\n"open,a,b'))).toMatch(/never closed/);
    expect(await message(encode("{ not json"))).toMatch(/not valid JSON/);
    expect(await message(encode('{"type":"FeatureCollection","features":[]}'))).toMatch(/no features/);
  });

  it("reads semicolon-separated files with a BOM", async () => {
    const { db } = database();
    const planned = await planImportFile(db, encode("\uFEFFevent_date;event_type;country;admin1\n2024-01-02;Battles;Pakistan;Sindh\n"));
    expect(planned.ok && planned.plan.counts).toEqual({ create: 1, update: 0, conflict: 0, reject: 0 });
  });
});
