import { parseCsv } from "@/lib/import/csv/parse-csv";
import { fromAcledRow } from "@/lib/acled/from-acled-row";
import { IncidentInputSchema, IncidentFieldsSchema } from "@/lib/incidents/schema";
import { syntheticAcledCsv } from "./synthetic-acled";
const n = Number(process.argv[2] ?? 20000);
const text = syntheticAcledCsv(n);
const recs = [...parseCsv(text)];
const header = recs[0]!.fields;
const rows = recs.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r.fields[i]!])));
const maps = rows.map((r) => fromAcledRow(r));
const t = (label: string, f: () => unknown) => { const s = performance.now(); f(); console.log(label, ((performance.now() - s) / n * 1000).toFixed(2), "µs/row"); };
for (let k = 0; k < 3; k++) {
  t("fields safeParse", () => { for (const m of maps) IncidentFieldsSchema.safeParse(m.input); });
  t("input safeParse", () => { for (const m of maps) IncidentInputSchema.safeParse(m.input); });
  t("fromAcledRow", () => { for (const r of rows) fromAcledRow(r); });
}
