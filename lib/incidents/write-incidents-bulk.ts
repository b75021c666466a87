import type Database from "better-sqlite3";
import { normaliseUrl } from "@/lib/sources/schema";
import { isoDateToUtc } from "@/lib/validation/iso-date";
import type { ActorKind } from "@/lib/taxonomy/actor-roles";
import { toIncidentRow } from "./incident-row";
import type { IncidentData } from "./schema";
import type { IncidentKeeping } from "./write-incident";
import { sqliteDate, sqlValue, type SqlValue } from "./sqlite-file";

export type BulkItem = { data: IncidentData; keeping: IncidentKeeping } & ({ kind: "create" } | { kind: "update"; id: number });

export class StaleRecordError extends Error {}

const SOURCE_FIELDS = ["outlet", "headline", "publishedAt", "language", "notes", "archivedText"] as const;
type SourceFields = Record<(typeof SOURCE_FIELDS)[number], SqlValue>;

// An import writes the same few days on every row: each date's text is made once (bounded).
const DATE_TEXTS = new Map<number, string>();
function bind(v: unknown): SqlValue {
  if (!(v instanceof Date)) return sqlValue(v);
  let text = DATE_TEXTS.get(v.getTime());
  if (text === undefined) {
    text = sqliteDate(v);
    if (DATE_TEXTS.size >= 100_000) DATE_TEXTS.clear();
    DATE_TEXTS.set(v.getTime(), text);
  }
  return text;
}

function insertSql(table: string, columns: readonly string[]) {
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES (${columns.map(() => "?").join(",")})`;
}

function insert(db: Database.Database, table: string, columns: readonly string[]) {
  const statement = db.prepare(insertSql(table, columns));
  const params: SqlValue[] = new Array<SqlValue>(columns.length);
  return (row: Record<string, unknown>) => {
    for (let i = 0; i < columns.length; i++) params[i] = bind(row[columns[i]!]);
    return statement.run(params);
  };
}

const lowerAscii = (c: string) => c.toLowerCase();
/** As SQLite's NOCASE compares: ASCII letters only. */
const actorKey = (name: string) => name.trim().replace(/[A-Z]/g, lowerAscii);

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
  const insertIncident = db.prepare(insertSql("Incident", [...rowColumns, "id", "externalId", "version", "createdAt", "updatedAt"]));
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

  // A loop, not Math.max(...ids): spreading 100,000 arguments overflows the stack.
  let nextId = Number((nextIncidentId.get() as { next: number }).next);
  for (const i of items) if (i.kind === "create" && i.keeping.id) nextId = Math.max(nextId, i.keeping.id + 1);
  const ids: number[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    const { data, keeping } = item;
    const row = toIncidentRow(data) as Record<string, unknown>;
    const values: SqlValue[] = [];
    for (const c of rowColumns) values.push(bind(row[c]));
    let incidentId: number;
    if (item.kind === "update") {
      incidentId = item.id;
      values.push(bind(keeping.externalId), bind(now), incidentId);
      const { changes } = updateIncident.run(values);
      if (changes === 0) throw new StaleRecordError(`Incident ${incidentId} was deleted or moved to the trash during the import`);
      for (const statement of clear) statement.run(incidentId);
    } else {
      incidentId = keeping.id ?? nextId++;
      // Unset keeping falls back as Prisma's create does (undefined = the default), not to NULL.
      values.push(incidentId, bind(keeping.externalId), keeping.version ?? 1, bind(keeping.createdAt ?? now), bind(keeping.updatedAt ?? now));
      insertIncident.run(values);
    }
    ids.push(incidentId);
    const sourceIds = new Map<string, number>();
    for (let position = 0; position < data.sources.length; position++) {
      const s = data.sources[position]!;
      const url = normaliseUrl(s.url);
      const fields = { ...s, publishedAt: s.publishedAt ? bind(isoDateToUtc(s.publishedAt)) : null };
      const sourceId = sourceFor(url, Object.fromEntries(SOURCE_FIELDS.map((f) => [f, bind(fields[f])])) as SourceFields);
      sourceIds.set(url, sourceId);
      insertLink({ incidentId, sourceId, quote: s.quote, position });
    }
    for (const a of data.actors) insertRole({ incidentId, actorId: actorFor(a.name, a.kind), role: a.role, certainty: a.certainty });
    for (let position = 0; position < data.claims.length; position++) {
      const c = data.claims[position]!;
      insertClaim({
        ...c,
        incidentId,
        claimantActorId: findActorId(c.claimantName),
        subjectActorId: findActorId(c.subject),
        madeOn: c.madeOn ? isoDateToUtc(c.madeOn) : null,
        sourceId: sourceIds.get(normaliseUrl(c.sourceUrl)) ?? null,
        position,
      });
    }
    if ((index + 1) % batchSize === 0 || index === items.length - 1) await onProgress?.(index + 1);
  }
  return ids;
}
