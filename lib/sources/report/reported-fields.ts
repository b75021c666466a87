import { CASUALTY_CATEGORIES } from "@/lib/taxonomy/casualty-categories";

/**
 * The figures a source's report can state, under the incident's casualty paths and in the field
 * table's words ("Killed (security forces)"): killed and injured, each as a total and by security forces, civilians and militants.
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

const groupLabel = { killed: "Killed", injured: "Injured" } as const;

export const REPORTED_FIELDS = PATHS.map((path) => {
  const [group, part] = path.split(".") as ["killed" | "injured", "total" | keyof typeof CASUALTY_CATEGORIES];
  const label = `${groupLabel[group]} (${part === "total" ? "total" : CASUALTY_CATEGORIES[part].toLowerCase()})`;
  return { path, label, group, isTotal: part === "total" };
});

export const REPORTED_FIELD_PATHS = PATHS;

/** "Killed (security forces)" for "killed.securityForces". */
export const reportedFieldLabel = (path: ReportedField) => REPORTED_FIELDS.find((f) => f.path === path)!.label;
