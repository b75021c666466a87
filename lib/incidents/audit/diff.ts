import { SCALAR_LABELS, scalarFields, type DiffableIncident, type ScalarValue } from "./diffable";
import { FACT_PREFIX, FIGURE_PREFIX, ROW_GROUPS, keyedRows, type RowGroup } from "./row-keys";
import { codingChanges } from "./coding-diff";
import { STATUSES, type Status } from "@/lib/taxonomy/statuses";
import { INPUT_FIELDS } from "@/lib/incidents/fields/input-fields";

const YES_NO_PATHS = new Set(INPUT_FIELDS.filter((f) => f.kind === "flag").map((f) => f.path));

/** One change between two versions of an incident, in words an analyst reads in the History tab. */
export type Change =
  | { kind: "changed"; path: string; label: string; before: string; after: string }
  // A value of a new record: there is no "before" to read.
  | { kind: "set"; path: string; label: string; value: string }
  | { kind: "added" | "removed"; path: string; label: string; row: string };

/** How a value reads: counts say "not reported" for null, yes/no fields "not known", other fields "(empty)". */
export function formatValue(path: string, value: unknown): string {
  if (value === null || value === undefined || value === "") {
    if (path.includes(`.${FIGURE_PREFIX}`) || path.includes(`.${FACT_PREFIX}`)) return "not stated";
    if (YES_NO_PATHS.has(path)) return "not known";
    return /^(killed|injured)\./.test(path) ? "not reported" : "(empty)";
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (path === "status" && typeof value === "string" && value in STATUSES) return STATUSES[value as Status].toLowerCase();
  return String(value);
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || ((a ?? "") === "" && (b ?? "") === "");

function diffScalars(before: DiffableIncident | null, after: DiffableIncident | null): Change[] {
  const a: Record<string, ScalarValue> = before ? scalarFields(before) : {};
  const b: Record<string, ScalarValue> = after ? scalarFields(after) : {};
  return Object.keys(SCALAR_LABELS)
    .filter((path) => !same(a[path], b[path]) && !(before === null && b[path] === false))
    .map((path): Change => {
      const label = SCALAR_LABELS[path]!;
      if (before === null) return { kind: "set", path, label, value: formatValue(path, b[path]) };
      return { kind: "changed", path, label, before: formatValue(path, a[path]), after: formatValue(path, b[path]) };
    });
}

function diffRows(group: RowGroup, before: DiffableIncident | null, after: DiffableIncident | null): Change[] {
  const spec = ROW_GROUPS[group];
  const a = keyedRows(before, group);
  const b = keyedRows(after, group);
  const changes: Change[] = [];
  for (const [key, row] of a) if (!b.has(key)) changes.push({ kind: "removed", path: `${group}[${key}]`, label: spec.noun, row: spec.name(row) });
  const values = spec.values ?? ((r) => r);
  for (const [key, newRow] of b) {
    const oldRow = a.get(key);
    if (!oldRow) {
      changes.push({ kind: "added", path: `${group}[${key}]`, label: spec.noun, row: spec.name(newRow) });
      continue;
    }
    const old = values(oldRow);
    const row = values(newRow);
    for (const [field, words] of Object.entries(spec.fields)) {
      if (same(old[field], row[field])) continue;
      const path = `${group}[${key}].${field}`;
      changes.push({
        kind: "changed",
        path,
        label: `${spec.noun} ${spec.name(row)}: ${words}`,
        before: formatValue(path, old[field]),
        after: formatValue(path, row[field]),
      });
    }
  }
  return changes;
}

/**
 * Field-level differences between two versions (null = did not exist): single fields first, in
 * form order, then how the figures are coded (an edit only), then sources, actors and claims as rows
 * matched by URL, name and role, or claimant.
 */
export function diffIncidents(before: DiffableIncident | null, after: DiffableIncident | null): Change[] {
  return [
    ...diffScalars(before, after),
    ...(before && after ? codingChanges(before.coding, after.coding) : []),
    ...(["sources", "actors", "claims"] as const).flatMap((g) => diffRows(g, before, after)),
  ];
}

/** "killed (security forces): 5 -> 7", "title: Attack on…" (a new record), "source added: Dawn (https://…)". */
export function describeChange(change: Change): string {
  if (change.kind === "changed") return `${change.label}: ${change.before} -> ${change.after}`;
  if (change.kind === "set") return `${change.label}: ${change.value}`;
  return `${change.label} ${change.kind}: ${change.row}`;
}
