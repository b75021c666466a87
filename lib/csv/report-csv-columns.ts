import type { IncidentRecord } from "@/lib/incidents/record/record";
import { REPORTED_FIELD_PATHS } from "@/lib/sources/report/reported-fields";
import { codedCasualties } from "@/lib/incidents/coded-casualties";
import { sourceRef } from "@/lib/sources/schema";
import { REPORTED_FACT_PATHS } from "@/lib/sources/report/reported-facts";

/** "killed.securityForces" -> "killed_security_forces", as the incident CSV names the same figures. */
const column = (path: string) => path.replace(/\./g, "_").replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * GET /api/export/reports.csv (issue #13, part 8): one row per incident and source (an article's
 * `source_url` or a dataset record's `source_dataset_record`, decision 020), with every figure
 * the source reports, its quote, and whether the incident's coded value rests on it
 * (`<figure>_coded_best`), then the date, place and perpetrator it states (`reported_event_date`,
 * `reported_location`, `reported_perpetrator`, each with its `_quote`). Empty cells: the source does not say.
 */
export const REPORT_CSV_COLUMNS = [
  "atlas_id",
  "title",
  "event_date",
  "source_position",
  "source_url",
  "source_dataset_record",
  "outlet",
  "published_at",
  "originator",
  ...REPORTED_FIELD_PATHS.flatMap((p) => [column(p), `${column(p)}_quote`, `${column(p)}_coded_best`]),
  ...REPORTED_FACT_PATHS.flatMap((p) => [`reported_${column(p)}`, `reported_${column(p)}_quote`]),
] as const;

type Value = string | number | boolean | null;

/** An incident's rows: one per linked source, in the record's order (none when it has no source). */
export function reportCsvRows(r: IncidentRecord): Value[][] {
  const coded = codedCasualties(r);
  return r.sources.map((s, i) => [
    r.id,
    r.title,
    r.eventDate,
    i + 1,
    s.url,
    s.datasetRecord,
    s.outlet,
    s.publishedAt,
    s.report.originator,
    ...REPORTED_FIELD_PATHS.flatMap((p) => {
      const f = s.report.figures[p];
      return f ? [f.value, f.quote, coded[p].basis?.ref === sourceRef(s)] : [null, null, null];
    }),
    ...REPORTED_FACT_PATHS.flatMap((p) => {
      const f = s.report.facts[p];
      return f ? [f.value, f.quote] : [null, null];
    }),
  ]);
}
