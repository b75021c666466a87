import type { IncidentInput } from "@/lib/incidents/schema";
import type { CodedFigures } from "@/lib/sources/coding/coded-figures";
import type { FigureCoding } from "@/lib/sources/coding/coding-schema";
import { pinBeforeAdding } from "@/lib/sources/coding/pin-before-adding";
import { REPORTED_FIELD_PATHS, type ReportedField } from "@/lib/sources/report/reported-fields";
import { refFromText, sourceRef } from "@/lib/sources/schema";

type Sources = NonNullable<IncidentInput["sources"]>;
type Actors = NonNullable<IncidentInput["actors"]>;
type Claims = NonNullable<IncidentInput["claims"]>;

export type MergeCounts = { sources: number; actors: number; claims: number };

const actorKey = (a: Actors[number]) => `${a.name.trim().toLowerCase()}|${a.role}`;
const claimKey = (c: Claims[number]) =>
  [c.kind, c.claimantName.trim().toLowerCase(), c.subject.trim().toLowerCase(), c.statement.trim(), refFromText(c.sourceUrl ?? "")].join("|");

function addNew<T>(kept: readonly T[], incoming: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set(kept.map(key));
  return incoming.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A same-event record merged into this one (decision 021): every source of the other (with its
 * report and facts), actor and claim this record does not already have (by URL or dataset record, by name and role, by
 * claim), added after this record's own. This record's own values and coded figures stay: each figure
 * the added reports state is pinned to what it rests on now (pin-before-adding.ts).
 */
export function mergeInputs(into: IncidentInput, intoCoded: CodedFigures, from: IncidentInput): { merged: IncidentInput; added: MergeCounts } {
  const sources = addNew(into.sources ?? [], from.sources ?? [], (s: Sources[number]) => sourceRef({ url: s.url ?? null, datasetRecord: s.datasetRecord }));
  const actors = addNew(into.actors ?? [], from.actors ?? [], actorKey);
  const claims = addNew(into.claims ?? [], from.claims ?? [], claimKey);
  const stated = new Set<ReportedField>(REPORTED_FIELD_PATHS.filter((p) => sources.some((s) => typeof s.report?.figures?.[p]?.value === "number")));
  const outlets = sources.map((s) => s.outlet).join(", ");
  const coding = pinBeforeAdding(intoCoded, (into.coding ?? {}) as FigureCoding, stated, outlets);
  return {
    merged: {
      ...into,
      coding,
      sources: [...(into.sources ?? []), ...sources],
      actors: [...(into.actors ?? []), ...actors],
      claims: [...(into.claims ?? []), ...claims],
    },
    added: { sources: sources.length, actors: actors.length, claims: claims.length },
  };
}
