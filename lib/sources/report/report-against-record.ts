import { REPORTED_FIELDS, type ReportedField } from "./reported-fields";
import type { ReportedFigures } from "./report-schema";

type Counts = Record<string, number | null>;

/** A figure a newly added source states that the record's coded figure does not match. */
export type RecordDifference = { path: ReportedField; label: string; reported: number; recorded: number | null };

/**
 * Where one source's report disagrees with the incident's coded figures: what an analyst checks
 * after adding a source. The record is not changed; a figure the source does not state is no difference.
 */
export function reportAgainstRecord(figures: ReportedFigures, record: { killed: Counts; injured: Counts }): RecordDifference[] {
  return REPORTED_FIELDS.flatMap(({ path, label, group }) => {
    const reported = figures[path]?.value;
    if (reported === undefined) return [];
    const recorded = record[group][path.split(".")[1]!] ?? null;
    return recorded === reported ? [] : [{ path, label, reported, recorded }];
  });
}
