import type Database from "better-sqlite3";
import { normaliseUrl } from "@/lib/sources/schema";
import { isoDateToUtc } from "@/lib/validation/iso-date";
import type { ActorKind } from "@/lib/taxonomy/actor-roles";
import { toIncidentRow } from "./incident-row";
import type { IncidentData } from "./schema";
import type { IncidentKeeping } from "./write-incident";
import { sqlValue, type SqlValue } from "./sqlite-file";

export type BulkItem = { data: IncidentData; keeping: IncidentKeeping } & ({ kind: "create" } | { kind: "update"; id: number });

export class StaleRecordError extends Error {}

const SOURCE_FIELDS = ["outlet", "headline", "publishedAt", "language", "notes", "archivedText"] as const;
type SourceFields = Record<(typeof SOURCE_FIELDS)[number], SqlValue>;

function insert(db: Database.Database, table: string, columns: readonly string[]) {
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES (${columns.map(() => "?").join(",")})`;
  const statement = db.prepare(sql);
  return (row: Record<string, unknown>) => statement.run(columns.map((c) => sqlValue(row[c])));
}

/**
 * Writes many incidents on a better-sqlite3 connection inside the caller's transaction, producing
 * the same rows as createIncidentIn/replaceIncidentIn one by one: sources found by URL with the
 * fields a record lacks filled in, actors found by name or alias (case-insensitive, as SQLite's
 * NOCASE) or created, claims linked to known actors. write-incidents-bulk.test.ts compares the two.
 * Calls `onProgress` between batches, yielding so a caller can stream it. Returns the ids in order.
 */
export async function writeIncidentsIn(
  db: Database.Database,
  items: BulkItem[],
  { batchSize = 2000, onProgress }: { batchSize?: number; onProgress?: (done: number) => Promise<void> | void } = {},
): Promise<number[]> {
  if (items.length === 0) return [];
  const now = new Date();
  const rowColumns = Object.keys(toIncidentRow(items[0]!.data));
  const insertIncident = insert(db, "Incident", [...rowColumns, "id", "externalId", "version", "createdAt", "updatedAt"]);
  const updateIncident = db.prepare(
    `UPDATE "Incident" SET ${[...rowColumns, "externalId", "updatedAt"].map((c) => `"${c}" = ?`).join(", ")}, "version" = "version" + 1 WHERE "id" = ? AND "deletedAt" IS NULL`,
  );
  const clear = ["Claim", "IncidentActor", "IncidentSource"].map((t) => db.prepare(`DELETE FROM "${t}" WHERE "incidentId" = ?`));
  const insertSource = insert(db, "Source", ["url", ...SOURCE_FIELDS, "createdAt", "updatedAt"]);
  const insertLink = insert(db, "IncidentSource", ["incidentId", "sourceId", "quote", "position"]);
  const insertActor = insert(db, "Actor", ["name", "kind", "createdAt", "updatedAt"]);
  const insertRole = insert(db, "IncidentActor", ["incidentId", "actorId", "role", "certainty"]);
  const insertClaim = insert(db, "Claim", [
    ...["incidentId", "kind", "claimantName", "claimantRole", "claimantActorId", "subject", "subjectActorId"],
    ...["statement", "madeOn", "sourceId", "position"],
  ]);
  const findSource = db.prepare(`SELECT * FROM "Source" WHERE "url" = ?`);
  const findActor = db.prepare(
    `SELECT id FROM "Actor" WHERE name = ? COLLATE NOCASE UNION ALL SELECT actorId AS id FROM "ActorAlias" WHERE alias = ? COLLATE NOCASE LIMIT 1`,
  );
  const nextIncidentId = db.prepare(
    `SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'Incident'), 0), COALESCE((SELECT MAX(id) FROM "Incident"), 0)) + 1 AS next`,
  );

  const sources = new Map<string, { id: number; fields: SourceFields }>();
  const sourceFor = (url: string, fields: SourceFields): number => {
    let entry = sources.get(url);
    if (!entry) {
      const row = findSource.get(url) as ({ id: number } & SourceFields) | undefined;
      if (!row) {
        const id = Number(insertSource({ url, ...fields, createdAt: now, updatedAt: now }).lastInsertRowid);
        sources.set(url, { id, fields: { ...fields } });
        return id;
      }
      entry = { id: row.id, fields: Object.fromEntries(SOURCE_FIELDS.map((f) => [f, row[f]])) as SourceFields };
      sources.set(url, entry);
    }
    const missing = SOURCE_FIELDS.filter((f) => fields[f] !== null && entry.fields[f] === null);
    if (missing.length) {
      for (const f of missing) entry.fields[f] = fields[f];
      db.prepare(`UPDATE "Source" SET ${missing.map((f) => `"${f}" = ?`).join(", ")}, "updatedAt" = ? WHERE id = ?`).run(
        ...missing.map((f) => fields[f]),
        sqlValue(now),
        entry.id,
      );
    }
    return entry.id;
  };
  const actorIds = new Map<string, number | null>();
  const actorKey = (name: string) => name.trim().replace(/[A-Z]/g, (c) => c.toLowerCase());
  const findActorId = (name: string): number | null => {
    const key = actorKey(name);
    if (!actorIds.has(key)) {
      const row = findActor.get(name.trim(), name.trim()) as { id: number } | undefined;
      actorIds.set(key, row ? Number(row.id) : null);
    }
    return actorIds.get(key)!;
  };
  const actorFor = (name: string, kind: ActorKind): number => {
    const found = findActorId(name);
    if (found !== null) return found;
    const id = Number(insertActor({ name: name.trim(), kind, createdAt: now, updatedAt: now }).lastInsertRowid);
    actorIds.set(actorKey(name), id);
    return id;
  };

  const restored = items.flatMap((i) => (i.kind === "create" && i.keeping.id ? [i.keeping.id + 1] : []));
  let nextId = Math.max(Number((nextIncidentId.get() as { next: number }).next), ...restored);
  const ids: number[] = [];
  for (const [index, item] of items.entries()) {
    const { data, keeping } = item;
    const row = toIncidentRow(data);
    let incidentId: number;
    if (item.kind === "update") {
      incidentId = item.id;
      const { changes } = updateIncident.run(...[...rowColumns.map((c) => row[c as keyof typeof row]), keeping.externalId, now].map(sqlValue), incidentId);
      if (changes === 0) throw new StaleRecordError(`Incident ${incidentId} was deleted or moved to the trash during the import`);
      for (const statement of clear) statement.run(incidentId);
    } else {
      incidentId = keeping.id ?? nextId++;
      insertIncident({ version: 1, createdAt: now, updatedAt: now, ...row, ...keeping, id: incidentId });
    }
    ids.push(incidentId);
    const sourceIds = new Map<string, number>();
    data.sources.forEach((s, position) => {
      const url = normaliseUrl(s.url);
      const fields = { ...s, publishedAt: s.publishedAt ? sqlValue(isoDateToUtc(s.publishedAt)) : null };
      const sourceId = sourceFor(url, Object.fromEntries(SOURCE_FIELDS.map((f) => [f, sqlValue(fields[f])])) as SourceFields);
      sourceIds.set(url, sourceId);
      insertLink({ incidentId, sourceId, quote: s.quote, position });
    });
    for (const a of data.actors) insertRole({ incidentId, actorId: actorFor(a.name, a.kind), role: a.role, certainty: a.certainty });
    data.claims.forEach((c, position) => {
      insertClaim({
        ...c,
        incidentId,
        claimantActorId: findActorId(c.claimantName),
        subjectActorId: findActorId(c.subject),
        madeOn: c.madeOn ? isoDateToUtc(c.madeOn) : null,
        sourceId: sourceIds.get(normaliseUrl(c.sourceUrl)) ?? null,
        position,
      });
    });
    if ((index + 1) % batchSize === 0 || index === items.length - 1) await onProgress?.(index + 1);
  }
  return ids;
}
