import type { Db } from "@/lib/create-db";
import { IncidentFilterSchema } from "@/lib/incidents/filter/filter";
import { exportChunks } from "@/lib/export/export-chunks";
import { exportWriter, type ExportFormat } from "@/lib/export/formats";

/** Every incident (of every status) exported as one text, as GET /api/export.<format> would send it: for import tests. */
export async function exportText(db: Db, format: ExportFormat): Promise<string> {
  let out = "";
  for await (const chunk of exportChunks(db, IncidentFilterSchema.parse({ status: "all" }), exportWriter(format))) out += chunk;
  return out;
}
