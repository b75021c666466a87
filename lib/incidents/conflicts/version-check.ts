import { SCALAR_LABELS, scalarFields, type DiffableIncident } from "@/lib/incidents/audit/diffable";
import { ROW_GROUP_LABELS } from "@/lib/incidents/field-labels";
import { diffIncidents, formatValue } from "@/lib/incidents/audit/diff";
import { ROW_GROUPS, keyedRows, type RowGroup } from "@/lib/incidents/audit/row-keys";
import { codingChanges, codingSummary } from "@/lib/incidents/audit/coding-diff";

/**
 * Concurrent edits (docs/auth-wiring.md). A save carries the version it was edited from; when the
 * record has moved on, each merge unit (a single field, or the whole list of sources, actors or
 * claims) is classed as changed by them, by me, or by both. Only "both" needs the analyst to choose.
 */
export type MergeUnit = string;
export type Choice = "theirs" | "mine";
export type UnitConflict = { unit: MergeUnit; label: string; theirs: string; mine: string; changedBy: "them" | "me" | "both" };

const ROW_UNITS: RowGroup[] = ["sources", "actors", "claims"];
const rowLabel = (group: RowGroup) => ROW_GROUP_LABELS[group].toLowerCase();
/** How the casualty figures are coded (decision 016) is one unit: a choice made by each analyst is not lost to the other's save. */
const CODING = "coding";

export function isStale(submittedVersion: number, currentVersion: number): boolean {
  return submittedVersion !== currentVersion;
}

/** Whether two versions differ in one unit; rows are compared through the diff (order and "" vs null do not count). */
function differs(unit: MergeUnit, a: DiffableIncident, b: DiffableIncident): boolean {
  if (unit === CODING) return codingChanges(a.coding, b.coding).length > 0;
  if ((ROW_UNITS as string[]).includes(unit)) return diffIncidents(a, b).some((c) => c.path.startsWith(`${unit}[`));
  return JSON.stringify(scalarFields(a)[unit]) !== JSON.stringify(scalarFields(b)[unit]);
}

/** A unit's value in words: the field's value, or the list of rows. */
function describeUnit(unit: MergeUnit, x: DiffableIncident): string {
  if (unit === CODING) return codingSummary(x.coding);
  if (!(ROW_UNITS as string[]).includes(unit)) return formatValue(unit, scalarFields(x)[unit]);
  const group = unit as RowGroup;
  const rows = [...keyedRows(x, group).values()].map((r) => ROW_GROUPS[group].name(r));
  return rows.length ? rows.join("; ") : "(none)";
}

/**
 * Every unit where my version and the current one differ, classed by who changed it since `base`
 * (the version I started from, from the audit history). With no known base, each counts as "both".
 */
export function compareVersions(base: DiffableIncident | null, current: DiffableIncident, mine: DiffableIncident): UnitConflict[] {
  const units = [...Object.keys(SCALAR_LABELS), CODING, ...ROW_UNITS];
  return units
    .filter((unit) => differs(unit, current, mine))
    .map((unit) => {
      const byThem = !base || differs(unit, base, current);
      const byMe = !base || differs(unit, base, mine);
      const changedBy = byThem && byMe ? "both" : byThem ? "them" : "me";
      const label = unit === CODING ? "how the figures are coded" : (SCALAR_LABELS[unit] ?? rowLabel(unit as RowGroup));
      return { unit, label, theirs: describeUnit(unit, current), mine: describeUnit(unit, mine), changedBy };
    });
}

/** What to take for each unit: theirs when only they changed it, mine when only I did, else the choice (mine by default). */
export function resolveChoice(conflict: UnitConflict, choices: Record<MergeUnit, Choice>): Choice {
  if (conflict.changedBy === "them") return "theirs";
  if (conflict.changedBy === "me") return "mine";
  return choices[conflict.unit] ?? "mine";
}

/** The merged record: the current version with my value wherever resolveChoice says "mine". */
export function mergeVersions<T extends DiffableIncident>(current: T, mine: T, conflicts: UnitConflict[], choices: Record<MergeUnit, Choice> = {}): T {
  const merged = structuredClone(current) as unknown as Record<string, unknown>;
  const source = mine as unknown as Record<string, unknown>;
  for (const conflict of conflicts) {
    if (resolveChoice(conflict, choices) === "theirs") continue;
    const [group, key] = conflict.unit.split(".") as [string, string | undefined];
    if (key) merged[group] = { ...(merged[group] as object), [key]: (source[group] as Record<string, unknown> | undefined)?.[key] ?? null };
    else merged[group] = structuredClone(source[group]);
  }
  return merged as unknown as T;
}
