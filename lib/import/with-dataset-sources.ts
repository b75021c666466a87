import type { SourceInput } from "@/lib/sources/schema";

/**
 * An update's sources: the record's own, with each dataset source the file gives put in place of the
 * one with the same dataset record (or added after them). The data set owns its record and report
 * (decision 020); the articles an analyst cited stay as they are.
 */
export function withDatasetSources(existing: SourceInput[], fromFile: SourceInput[]): SourceInput[] {
  const given = new Map(fromFile.filter((s) => s.datasetRecord).map((s) => [s.datasetRecord!, s]));
  const kept = existing.map((s) => (s.datasetRecord && given.has(s.datasetRecord) ? given.get(s.datasetRecord)! : s));
  const present = new Set(existing.flatMap((s) => (s.datasetRecord ? [s.datasetRecord] : [])));
  return [...kept, ...[...given.values()].filter((s) => !present.has(s.datasetRecord!))];
}
