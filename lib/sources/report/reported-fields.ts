import { CASUALTY_FIELDS } from "@/lib/incidents/fields/casualty-fields";

/**
 * The figures a source's report can state, in the incident's casualty words (the field table's paths
 * and labels): killed and injured, each as a total and by security forces, civilians and militants.
 * Estimates (low/high) and "unknown" are the analyst's coding, not what an article states.
 */
const PATHS = [
  "killed.total",
  "killed.securityForces",
  "killed.civilians",
  "killed.militants",
  "injured.total",
  "injured.securityForces",
  "injured.civilians",
  "injured.militants",
] as const;

export type ReportedField = (typeof PATHS)[number];

export const REPORTED_FIELDS = PATHS.map((path) => {
  const spec = CASUALTY_FIELDS.find((f) => f.path === path)!;
  return { path, label: spec.label, group: path.split(".")[0] as "killed" | "injured", isTotal: path.endsWith(".total") };
});

export const REPORTED_FIELD_PATHS = PATHS;

/** "Killed (security forces)" for "killed.securityForces". */
export const reportedFieldLabel = (path: ReportedField) => REPORTED_FIELDS.find((f) => f.path === path)!.label;
