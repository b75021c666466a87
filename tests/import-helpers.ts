import { afterEach, vi } from "vitest";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident } from "@/lib/incidents/write/write-incident";
import { buildClaim, buildDatasetSource, buildIncident, buildSource } from "@/prisma/factories";
import { planImportFile } from "@/lib/import/import-file";
import type { ImportStatuses } from "@/lib/import/analyse-import";
import { applyImport } from "@/lib/import/apply-import";

/** What the import tests share: fresh SQLite files removed after each test, a seeded atlas, a text import. */

// Real SQLite files: slower than pure tests, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const open: Awaited<ReturnType<typeof freshDatabase>>[] = [];
export function database() {
  const d = freshDatabase();
  open.push(d);
  return d;
}
afterEach(async () => {
  for (const d of open.splice(0)) await d.remove();
});

export const encode = (s: string) => new TextEncoder().encode(s);

/** Text a spreadsheet would run as a formula (OWASP's CSV injection), in fields of both column sets. */
export const FORMULA_TEXTS = { title: '=HYPERLINK("http://evil.example/x","Mir Ali")', location: "@Mir Ali", target: "-checkpost", summary: "+2 more\nlater" };

/** A varied set: shared sources, claims, actors known by alias, a draft without coordinates, an external id. */
export async function seed(db: Db) {
  await db.actor.create({ data: { name: "Tehreek-i-Taliban Pakistan", kind: "armed_group", aliases: { create: [{ alias: "TTP" }] } } });
  const inputs = [
    buildIncident(
      {
        claims: [buildClaim({ kind: "origin" }), buildClaim({ kind: "denial", claimantName: "Zabihullah Mujahid", subject: "TTP" })],
        sources: [buildSource({}, 1)],
        ...FORMULA_TEXTS,
      },
      1,
    ),
    buildIncident(
      {
        sources: [buildSource({ headline: null, quote: 'Seven soldiers, "martyred",\nsaid ISPR' }, 1), buildSource({}, 2)],
        actors: [
          { name: "ttp", kind: "armed_group", role: "perpetrator", certainty: "claimed" },
          { name: "Pakistan Army", kind: "state_force", role: "target", certainty: "confirmed" },
        ],
        killed: { total: 9, securityForces: 7, civilians: null, militants: 2, unknown: null, low: 8, high: 12 },
        injured: { total: 3, civilians: 3 },
        summary: "Line one, with a comma;\nline two — em dash, ایک",
      },
      2,
    ),
    buildIncident(
      {
        status: "draft",
        // ACLED's record of the event (decision 020): no URL; no originator and no archived copy, which Atlas's CSV and the exports do not carry.
        sources: [buildDatasetSource({ archivedText: null }, 3)],
        latitude: null,
        longitude: null,
        geoPrecision: "province",
        datePrecision: "month",
        endDate: "2024-03-30",
        weaponType: null,
        weaponSubtype: null,
        suicide: false,
      },
      3,
    ),
  ];
  for (const input of inputs) await insertIncident(db, IncidentInputSchema.parse(input));
  await db.incident.update({ where: { id: 3 }, data: { externalId: "PAK777" } });
}

/** Imports as the command line does (statuses from the file): these tests restore exports. */
export async function importText(db: Db, url: string, text: string, statuses: ImportStatuses = "from-file") {
  const planned = await planImportFile(db, encode(text), undefined, statuses);
  if (!planned.ok) throw new Error(planned.message);
  await applyImport(url, planned.plan, { userId: null });
  return planned.plan;
}

const ACLED_HEADER =
  "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities";

/** An ACLED export of battles in Pakistan, one row per [event id, date, province, fatalities, perpetrator (actor1) if any]. */
export function acledText(rows: [id: string, date: string, admin1: string, fatalities: number, actor1?: string][]): string {
  return [
    ACLED_HEADER,
    ...rows.map(([id, date, admin1, fatalities, actor1 = ""]) => `${id},${date},1,Battles,Armed clash,${actor1},,,,Pakistan,${admin1},,,,,3,,,${fatalities}`),
  ].join("\n");
}
