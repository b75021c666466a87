import { parseCsv } from "@/lib/import/csv/parse-csv";
import { readImportFile } from "@/lib/import/read-import-file";
import { fromAcledRow } from "@/lib/acled/from-acled-row";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { freshDatabase } from "@/lib/testing/fresh-database";
import { analyseImport } from "@/lib/import/analyse-import";
import { syntheticAcledCsv } from "./synthetic-acled";
const n = Number(process.argv[2] ?? 20000);
const text = syntheticAcledCsv(n);
const bytes = new TextEncoder().encode(text);
const t = (label: string, f: () => unknown) => { const s = performance.now(); const r = f(); console.log(label, ((performance.now() - s) / n * 1000).toFixed(1), "µs/row"); return r; };
async function main() {
  for (let k = 0; k < 2; k++) {
  const recs = t("parseCsv", () => [...parseCsv(text)]) as { fields: string[] }[];
  const header = recs[0]!.fields;
  const rows = t("fromEntries", () => recs.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r.fields[i]!])))) as Record<string, string>[];
  const maps = t("fromAcledRow", () => rows.map((r) => fromAcledRow(r))) as ReturnType<typeof fromAcledRow>[];
  t("safeParse", () => maps.map((m) => IncidentInputSchema.safeParse(m.input)));
  const read = t("readImportFile", () => readImportFile(bytes)) as any;
  const { db, remove } = freshDatabase();
  const s = performance.now();
  await analyseImport(db, read.format, read.candidates);
  console.log("analyseImport", ((performance.now() - s) / n * 1000).toFixed(1), "µs/row");
  await remove();
  }
}
main();
