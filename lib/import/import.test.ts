import { describe, expect, it } from "vitest";
import { NO_MISMATCHES } from "@/tests/rollup-tables";
import { factsToColumn } from "@/lib/sources/report/reported-facts";
import { REPORTED_FIELD_PATHS } from "@/lib/sources/report/reported-fields";
import type { Db } from "@/lib/create-db";
import { exportText } from "@/tests/export-text";
import { parseCsv } from "@/lib/csv/parse-csv";
import { acledText, database, FORMULA_TEXTS, importText, seed } from "@/tests/import-helpers";
import { checkRollupsWithClient } from "@/lib/incidents/rollups/check-rollups";

describe("round trip", () => {
  for (const format of ["csv", "geojson", "json"] as const) {
    it(`export -> import into an empty database -> export gives the same ${format}`, async () => {
      const a = database();
      await seed(a.db);
      const first = await exportText(a.db, format);
      const b = database();
      const plan = await importText(b.db, b.url, first);
      expect(plan.counts).toEqual({ create: 3, update: 0, conflict: 0, reject: 0 });
      expect(await exportText(b.db, format)).toBe(first);
      // The dataset source comes back as one, without a URL (decision 020).
      expect(await b.db.source.findUnique({ where: { datasetRecord: "ACLED PAK90003" }, select: { url: true, outlet: true } })).toEqual({
        url: null,
        outlet: "ACLED",
      });
    });
  }

  it("quotes formula text in the CSV and the import takes the quote off again", async () => {
    const a = database();
    await seed(a.db);
    const csv = await exportText(a.db, "csv");
    const [header, row] = [...parseCsv(csv)].map((r) => r.fields);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect([cell("title"), cell("location"), cell("target"), cell("notes")]).toEqual([
      `'${FORMULA_TEXTS.title}`,
      `'${FORMULA_TEXTS.location}`,
      `'${FORMULA_TEXTS.target}`,
      `'${FORMULA_TEXTS.summary}`,
    ]);
    expect(cell("fatalities")).toBe("7");
    const b = database();
    await importText(b.db, b.url, csv);
    expect(await b.db.incident.findUniqueOrThrow({ where: { id: 1 }, select: { title: true, location: true, target: true, summary: true } })).toEqual(
      FORMULA_TEXTS,
    );
  });

  it("through the app, lands new records as drafts and keeps an updated record's status (decision 017)", async () => {
    const a = database();
    await seed(a.db);
    const file = await exportText(a.db, "json");
    const b = database();
    await importText(b.db, b.url, file, "drafts");
    expect((await b.db.incident.findMany({ select: { status: true } })).map((i) => i.status)).toEqual(["draft", "draft", "draft"]);
    await a.db.incident.update({ where: { id: 3 }, data: { status: "in_review" } });
    await importText(a.db, a.url, file, "drafts");
    expect((await a.db.incident.findMany({ select: { status: true }, orderBy: { id: "asc" } })).map((i) => i.status)).toEqual([
      "published",
      "published",
      "in_review",
    ]);
  });

  it("re-importing an export updates the same incidents", async () => {
    const a = database();
    await seed(a.db);
    const plan = await importText(a.db, a.url, await exportText(a.db, "csv"));
    expect(plan.counts).toEqual({ create: 0, update: 3, conflict: 0, reject: 0 });
    expect(plan.rows.map((r) => r.targetId)).toEqual([1, 2, 3]);
    expect(await a.db.incident.count()).toBe(3);
    expect((await a.db.incident.findUniqueOrThrow({ where: { id: 2 } })).version).toBe(2);
  });
});

describe("the rollups", () => {
  // The import writes with the rollups' triggers on, on both databases (the bulk writer defers only
  // indexes and text search, decision 007; PostgreSQL's writes through the app's path, decision 029).
  it("equal a recount after imports that create records and move them between groups and killed thresholds", async () => {
    const a = database();
    await seed(a.db);
    const b = database();
    await importText(b.db, b.url, await exportText(a.db, "json"));
    await importText(
      b.db,
      b.url,
      acledText([
        ["PAK1", "2024-03-16", "Punjab", 7],
        ["PAK2", "2023-12-02", "Sindh", 30],
      ]),
    );
    await importText(
      b.db,
      b.url,
      acledText([
        ["PAK2", "2024-02-19", "Khyber Pakhtunkhwa", 5],
        ["PAK1", "2024-03-16", "Punjab", 0],
      ]),
    );
    expect(await b.db.incident.count()).toBe(5);
    const checks = await checkRollupsWithClient(b.db);
    expect(checks.map((c) => [c.table, c.mismatches])).toEqual(NO_MISMATCHES);
    // Not every imported record names a perpetrator: fewer groups in that rollup.
    for (const c of checks) expect(c.groups, c.table).toBeGreaterThanOrEqual(c.table.startsWith("IncidentPerpetrator") ? 1 : 4);
  });
});

/** Incident 2's sources with what each reports, one with quotes from its archived copy. */
const REPORTS = {
  "https://news.example.org/2024/03/report-1": {
    originator: "the military's media wing (ISPR)",
    figures: { "killed.total": { value: 7, quote: "Seven soldiers were killed." }, "killed.securityForces": { value: 7, quote: null } },
    facts: { location: { value: "Mir Ali", quote: null } },
  },
  "https://news.example.org/2024/03/report-2": {
    originator: "police",
    figures: { "killed.total": { value: 9, quote: "Nine people died, police said." }, "injured.total": { value: 3, quote: null } },
    facts: {},
  },
};

async function seedWithReports(db: Db) {
  await seed(db);
  const current = await db.incident.findUniqueOrThrow({ where: { id: 2 }, select: { sources: { select: { source: { select: { id: true, url: true } } } } } });
  for (const { source } of current.sources) {
    const report = REPORTS[source.url as keyof typeof REPORTS];
    await db.incidentSource.update({
      where: { incidentId_sourceId: { incidentId: 2, sourceId: source.id } },
      data: { originator: report.originator, reportedFacts: factsToColumn(report.facts) },
    });
    for (const [field, f] of Object.entries(report.figures)) await db.reportedFigure.create({ data: { incidentId: 2, sourceId: source.id, field, ...f } });
  }
  // As the coded-figures migration leaves a record whose figures were typed before its reports.
  const entered = { rule: "analyst", sourceUrl: null, reason: "entered before reports" };
  const figureCoding = JSON.stringify(Object.fromEntries(REPORTED_FIELD_PATHS.map((p) => [p, entered])));
  await db.incident.update({ where: { id: 2 }, data: { figureCoding } });
}

const reportRows = async (db: Db) => ({
  links: await db.incidentSource.findMany({
    select: { incidentId: true, sourceId: true, originator: true, reportedFacts: true },
    orderBy: [{ incidentId: "asc" }, { sourceId: "asc" }],
  }),
  figures: await db.reportedFigure.findMany({ orderBy: [{ incidentId: "asc" }, { sourceId: "asc" }, { field: "asc" }] }),
});

describe("source reports", () => {
  for (const format of ["json", "geojson"] as const) {
    it(`survive ${format} export -> import into an empty database (the bulk writer), row for row`, async () => {
      const a = database();
      await seedWithReports(a.db);
      const first = await exportText(a.db, format);
      expect(first).toContain("the military's media wing (ISPR)");
      const b = database();
      await importText(b.db, b.url, first);
      const before = await reportRows(a.db);
      expect(before.figures).toHaveLength(5);
      expect(await reportRows(b.db)).toEqual(before);
      // The bulk writer keeps the disputed flag from the reports (7 against 9 killed).
      expect((await b.db.incident.findMany({ select: { id: true, figuresDisputed: true }, orderBy: { id: "asc" } })).map((i) => i.figuresDisputed)).toEqual([
        false,
        true,
        false,
      ]);
      expect(await exportText(b.db, format)).toBe(first);
    });
  }

  it("survive re-importing a JSON export over the same incidents", async () => {
    const a = database();
    await seedWithReports(a.db);
    const before = await reportRows(a.db);
    const plan = await importText(a.db, a.url, await exportText(a.db, "json"));
    expect(plan.counts.update).toBe(3);
    expect(await reportRows(a.db)).toEqual(before);
  });

  it("are kept when Atlas's CSV (which has no report columns) updates the incidents", async () => {
    const a = database();
    await seedWithReports(a.db);
    const before = await reportRows(a.db);
    const plan = await importText(a.db, a.url, await exportText(a.db, "csv"));
    expect(plan.counts.update).toBe(3);
    expect(await reportRows(a.db)).toEqual(before);
  });

  it("are in the import's audit snapshot as the one-by-one path writes them", async () => {
    const a = database();
    await seedWithReports(a.db);
    const b = database();
    await importText(b.db, b.url, await exportText(a.db, "json"));
    const event = await b.db.auditEvent.findFirstOrThrow({ where: { incidentId: 2 }, orderBy: { id: "desc" } });
    const after = JSON.parse(event.after!) as { sources: { url: string; report: unknown }[] };
    expect(Object.fromEntries(after.sources.map((s) => [s.url, s.report]))).toEqual(REPORTS);
  });
});

describe("bulk write", () => {
  it("writes the same rows as the one-by-one write path", async () => {
    const a = database();
    await seed(a.db);
    const b = database();
    await b.db.actor.create({ data: { name: "Tehreek-i-Taliban Pakistan", kind: "armed_group", aliases: { create: [{ alias: "TTP" }] } } });
    const csv = (await exportText(a.db, "csv")).replace(/\r\n(.*?)/, "\r\n$1"); // same file
    await importText(b.db, b.url, csv);
    const strip = (rows: Record<string, unknown>[]) => rows.map((row) => ({ ...row, createdAt: undefined, updatedAt: undefined }));
    for (const table of ["incident", "source", "actor", "incidentSource", "incidentActor", "claim"] as const) {
      const read = (db: Db) =>
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        (db[table] as any).findMany({ orderBy: table === "incidentSource" ? [{ incidentId: "asc" }, { sourceId: "asc" }] : { id: "asc" } });
      expect(strip(await read(b.db)), table).toEqual(strip(await read(a.db)));
    }
  });
});
