import "server-only";
import { db } from "@/lib/db.server";
import { findVersionSnapshot } from "@/lib/incidents/audit/version-snapshot";
import { snapshotToDiffable, type AuditSnapshot } from "@/lib/incidents/audit/snapshot";
import { getIncidentEditors } from "@/lib/incidents/audit/queries.server";
import { SYSTEM_EDITOR } from "@/lib/incidents/audit/history";
import { recordToInput } from "../record/record-to-input";
import { compareVersions, mergeVersions, type Choice, type MergeUnit, type UnitConflict } from "./version-check";
import type { DiffableIncident } from "@/lib/incidents/audit/diffable";
import type { IncidentData } from "../schema";

/** Theirs against mine, classed by who changed what since the version the analyst started from (docs/auth-wiring.md). */
async function conflictsFor(id: number, startedFrom: number, current: AuditSnapshot, mine: IncidentData): Promise<UnitConflict[]> {
  const base = snapshotToDiffable(await findVersionSnapshot(db, id, startedFrom));
  return compareVersions(base, recordToInput(current) as DiffableIncident, mine as DiffableIncident);
}

/** What the conflict view shows after a save against `startedFrom` was refused because `current` is newer. */
export async function describeConflict(id: number, startedFrom: number, current: AuditSnapshot, mine: IncidentData) {
  const [conflicts, editors] = await Promise.all([conflictsFor(id, startedFrom, current, mine), getIncidentEditors(id)]);
  return {
    conflicts,
    currentVersion: current.version,
    baseVersion: startedFrom,
    theirEditor: editors.lastEditedBy ?? SYSTEM_EDITOR,
    theirAt: editors.lastEditedAt,
    mineJson: JSON.stringify(mine),
  };
}

/** The current version with the analyst's changes applied where they chose (or only they changed) a field. */
export async function mergeWithCurrent(id: number, startedFrom: number, current: AuditSnapshot, mine: IncidentData, choices: Record<MergeUnit, Choice>) {
  const currentInput = recordToInput(current) as DiffableIncident;
  return mergeVersions(currentInput, mine as DiffableIncident, await conflictsFor(id, startedFrom, current, mine), choices);
}
