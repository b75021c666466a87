import type Database from "better-sqlite3";
import { figureRows } from "@/lib/sources/report/report-record";
import { factsToColumn } from "@/lib/sources/report/reported-facts";
import { ARCHIVED_COPY_COLUMNS, archivedCopyColumns } from "@/lib/sources/archived-copy";
import { refFromText, sourceRef } from "@/lib/sources/schema";
import { replacesDatasetCopy } from "@/lib/sources/dataset-copy";
import { isoDateToUtc } from "@/lib/dates/iso-date";
import type { ActorKind } from "@/lib/taxonomy/actor-roles";
import { recordFromSql, type StoredKeeping, type StoredRelations } from "@/lib/incidents/audit/sql-record";
import type { AuditSnapshot } from "@/lib/incidents/audit/snapshot";
import { sqliteAuditWriter, sqliteSnapshotReader } from "@/lib/incidents/audit/sqlite-audit";
import { toIncidentRow } from "./incident-row";
import type { IncidentData } from "../schema";
import type { IncidentKeeping } from "./write-incident";
import { sqliteDate, sqlValue, type SqlValue } from "./sqlite-file";

/** where: the row's place in its file ("line 12"), for the import's audit event (import-origin.ts). */
export type BulkItem = { data: IncidentData; keeping: IncidentKeeping; where?: string } & (
  | { kind: "create" }
  // expectedVersion: the version the update was planned against; any other refuses the whole write.
  | { kind: "update"; id: number; expectedVersion?: number }
);

export type BulkWriteOptions = {
  batchSize?: number;
  onProgress?: (done: number) => Promise<void> | void;
  /**
   * Who the audit events name: the importing user, or null for the command line ("System (import
   * or seed)"). `false` writes no audit events: only for measuring their cost (bench-import.ts).
   */
  audit: { userId: string | null; file?: string } | false;
};

export class StaleRecordError extends Error {}

const SOURCE_FIELDS = ["outlet", "headline", "publishedAt", "language", "notes", "archivedText", "archivedSha256", "archivedAt"] as const;
type SourceFields = Record<(typeof SOURCE_FIELDS)[number], SqlValue>;
/** A source as written: `url` for an article, `datasetRecord` for a dataset record (one of the two). */
type SourceEntry = { id: number; url: string | null; datasetRecord: string | null; fields: SourceFields };
type ActorEntry = { id: number; name: string; kind: string };

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

const lowerAscii = (c: string) => c.toLowerCase();
/** As SQLite's NOCASE compares: ASCII letters only. */
const actorKey = (name: string) => name.trim().replace(/[A-Z]/g, lowerAscii);

/**
 * Writes many incidents on a better-sqlite3 connection inside the caller's transaction, producing
 * the same rows as createIncidentIn/replaceIncidentIn one by one: sources found by URL with the
 * fields a record lacks filled in, actors found by name or alias (case-insensitive, as SQLite's
 * NOCASE) or created, claims linked to known actors; and, as auditedWrite does, one audit event per
 * incident with its snapshot before and after (built from the rows written, not read back).
 * import.test.ts and write-incidents-bulk.test.ts compare the two paths.
 * Calls `onProgress` between batches, yielding so a caller can stream it. Returns the ids in order.
 */
export async function writeIncidentsIn(db: Database.Database, items: BulkItem[], { batchSize = 2000, onProgress, audit }: BulkWriteOptions): Promise<number[]> {
  if (items.length === 0) return [];
  const now = new Date();
  const nowText = sqliteDate(now);
  const rowColumns = Object.keys(toIncidentRow(items[0]!.data));
  const insertIncident = db.prepare(insertSql("Incident", [...rowColumns, "id", "externalId", "version", "createdAt", "updatedAt"]));
  const updateIncident = db.prepare(
    `UPDATE "Incident" SET ${[...rowColumns, "externalId", "updatedAt"].map((c) => `"${c}" = ?`).join(", ")}, "version" = "version" + 1
     WHERE "id" = ? AND "deletedAt" IS NULL AND (? IS NULL OR "version" = ?)`,
  );
  // Figures first: they belong to the links (the foreign key cascades too, when the connection enforces it).
  const clear = ["Claim", "IncidentActor", "ReportedFigure", "IncidentSource"].map((t) => db.prepare(`DELETE FROM "${t}" WHERE "incidentId" = ?`));
  const insertSource = db.prepare(insertSql("Source", ["url", "datasetRecord", ...SOURCE_FIELDS, "createdAt", "updatedAt"]));
  const insertLink = db.prepare(insertSql("IncidentSource", ["incidentId", "sourceId", "quote", "originator", "reportedFacts", "position"]));
  const insertFigure = db.prepare(insertSql("ReportedFigure", ["incidentId", "sourceId", "field", "value", "quote"]));
  const insertActor = db.prepare(insertSql("Actor", ["name", "kind", "createdAt", "updatedAt"]));
  // An incident's actors in one statement (rows in order, so their ids and the record's order match
  // the one-by-one path): one statement per incident instead of one per actor.
  const insertRoles = new Map<number, Database.Statement>();
  const rolesStatement = (count: number) => {
    let statement = insertRoles.get(count);
    if (!statement) {
      statement = db.prepare(`${insertSql("IncidentActor", ["incidentId", "actorId", "role", "certainty"])}${",(?,?,?,?)".repeat(count - 1)}`);
      insertRoles.set(count, statement);
    }
    return statement;
  };
  const insertClaim = db.prepare(
    insertSql("Claim", [
      ...["incidentId", "kind", "claimantName", "claimantRole", "claimantActorId", "subject", "subjectActorId"],
      ...["statement", "madeOn", "sourceId", "position"],
    ]),
  );
  const findSource = db.prepare(`SELECT * FROM "Source" WHERE "url" = ?`);
  const findDatasetSource = db.prepare(`SELECT * FROM "Source" WHERE "datasetRecord" = ?`);
  const findActor = db.prepare(
    `SELECT id, name, kind FROM "Actor" WHERE name = ? COLLATE NOCASE
     UNION ALL SELECT a.id, a.name, a.kind FROM "ActorAlias" l JOIN "Actor" a ON a.id = l.actorId WHERE l.alias = ? COLLATE NOCASE LIMIT 1`,
  );
  const nextIncidentId = db.prepare(
    `SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'Incident'), 0), COALESCE((SELECT MAX(id) FROM "Incident"), 0)) + 1 AS next`,
  );
  const readSnapshot = audit ? sqliteSnapshotReader(db) : null;
  const recordAudit = audit ? sqliteAuditWriter(db, { userId: audit.userId, at: nowText }) : null;
  const originOf = (item: BulkItem) =>
    audit && audit.file !== undefined && item.where ? { file: audit.file, where: item.where, externalId: item.keeping.externalId ?? null } : null;

  const sources = new Map<string, SourceEntry>();
  // Keyed by sourceRef: an article's normalised URL or a dataset record's name.
  const sourceFor = (ref: string, isArticle: boolean, fields: SourceFields): SourceEntry => {
    const url = isArticle ? ref : null;
    const datasetRecord = isArticle ? null : ref;
    let entry = sources.get(ref);
    if (!entry) {
      const row = (isArticle ? findSource : findDatasetSource).get(ref) as ({ id: number } & SourceFields) | undefined;
      if (!row) {
        const values = SOURCE_FIELDS.map((f) => fields[f]);
        const id = Number(insertSource.run(url, datasetRecord, ...values, nowText, nowText).lastInsertRowid);
        entry = { id, url, datasetRecord, fields: { ...fields } };
        sources.set(ref, entry);
        return entry;
      }
      entry = { id: Number(row.id), url, datasetRecord, fields: Object.fromEntries(SOURCE_FIELDS.map((f) => [f, row[f]])) as SourceFields };
      sources.set(ref, entry);
    }
    const copyKept = entry.fields.archivedText !== null;
    const newCopy = replacesDatasetCopy({ datasetRecord, archivedText: entry.fields.archivedText as string | null }, fields.archivedText as string | null);
    const missing = SOURCE_FIELDS.filter(
      (f) =>
        fields[f] !== null &&
        (newCopy && ARCHIVED_COPY_COLUMNS.has(f) ? fields[f] !== entry.fields[f] : entry.fields[f] === null && !(copyKept && ARCHIVED_COPY_COLUMNS.has(f))),
    );
    if (missing.length) {
      for (const f of missing) entry.fields[f] = fields[f];
      db.prepare(`UPDATE "Source" SET ${missing.map((f) => `"${f}" = ?`).join(", ")}, "updatedAt" = ? WHERE id = ?`).run(
        ...missing.map((f) => fields[f]),
        nowText,
        entry.id,
      );
    }
    return entry;
  };
  const actors = new Map<string, ActorEntry | null>();
  const findActorEntry = (name: string): ActorEntry | null => {
    const key = actorKey(name);
    let entry = actors.get(key);
    if (entry === undefined) {
      const row = findActor.get(name.trim(), name.trim()) as ActorEntry | undefined;
      entry = row ? { id: Number(row.id), name: row.name, kind: row.kind } : null;
      actors.set(key, entry);
    }
    return entry;
  };
  const actorFor = (name: string, kind: ActorKind): ActorEntry => {
    const found = findActorEntry(name);
    if (found) return found;
    const entry = { id: 0, name: name.trim(), kind };
    entry.id = Number(insertActor.run(entry.name, kind, nowText, nowText).lastInsertRowid);
    actors.set(actorKey(name), entry);
    return entry;
  };

  // A loop, not Math.max(...ids): spreading 100,000 arguments overflows the stack.
  let nextId = Number((nextIncidentId.get() as { next: number }).next);
  for (const i of items) if (i.kind === "create" && i.keeping.id) nextId = Math.max(nextId, i.keeping.id + 1);
  const ids: number[] = new Array<number>(items.length);
  const values: SqlValue[] = new Array<SqlValue>(rowColumns.length + 5);
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    const { data, keeping } = item;
    const row = toIncidentRow(data);
    const fields = row as Record<string, unknown>;
    const n = rowColumns.length;
    for (let c = 0; c < n; c++) values[c] = bind(fields[rowColumns[c]!]);
    let incidentId: number;
    let before: AuditSnapshot | null = null;
    // Record keeping as stored, for the audit snapshot.
    let kept: StoredKeeping;
    if (item.kind === "update") {
      incidentId = item.id;
      before = readSnapshot?.(incidentId) ?? null;
      values.length = n + 5;
      values[n] = bind(keeping.externalId);
      values[n + 1] = nowText;
      values[n + 2] = incidentId;
      values[n + 3] = item.expectedVersion ?? null;
      values[n + 4] = item.expectedVersion ?? null;
      const { changes } = updateIncident.run(values);
      if (changes === 0) throw new StaleRecordError(`Incident ${incidentId} was saved, deleted or moved to the trash during the import`);
      for (const statement of clear) statement.run(incidentId);
      kept = { id: incidentId, externalId: values[n], version: (before?.version ?? 0) + 1, createdAt: before?.createdAt, updatedAt: nowText };
    } else {
      incidentId = keeping.id ?? nextId++;
      // Unset keeping falls back as Prisma's create does (undefined = the default), not to NULL.
      values.length = n + 5;
      values[n] = incidentId;
      values[n + 1] = bind(keeping.externalId);
      values[n + 2] = keeping.version ?? 1;
      values[n + 3] = keeping.createdAt ? bind(keeping.createdAt) : nowText;
      values[n + 4] = keeping.updatedAt ? bind(keeping.updatedAt) : nowText;
      insertIncident.run(values);
      kept = { id: incidentId, externalId: values[n + 1], version: values[n + 2], createdAt: values[n + 3], updatedAt: values[n + 4] };
    }
    ids[index] = incidentId;
    const rel: StoredRelations = { sources: [], actors: [], claims: [] };
    const linked = new Map<string, SourceEntry>();
    for (let position = 0; position < data.sources.length; position++) {
      const s = data.sources[position]!;
      const ref = sourceRef(s);
      const fields = { ...s, ...archivedCopyColumns(s.archivedText, now), publishedAt: s.publishedAt ? bind(isoDateToUtc(s.publishedAt)) : null };
      const source = sourceFor(ref, s.url !== null, Object.fromEntries(SOURCE_FIELDS.map((f) => [f, bind(fields[f])])) as SourceFields);
      linked.set(ref, source);
      const reportedFacts = factsToColumn(s.report.facts);
      insertLink.run(incidentId, source.id, bind(s.quote), bind(s.report.originator), reportedFacts, position);
      const figures = figureRows(s.report);
      for (const figure of figures) insertFigure.run(incidentId, source.id, figure.field, figure.value, bind(figure.quote));
      const f = source.fields;
      rel.sources.push({
        ...{
          id: source.id,
          url: source.url,
          datasetRecord: source.datasetRecord,
          outlet: String(f.outlet),
          headline: f.headline,
          publishedAt: f.publishedAt,
          language: String(f.language),
          notes: f.notes,
        },
        ...{ archivedSha256: f.archivedSha256, archivedAt: f.archivedAt, quote: bind(s.quote), originator: bind(s.report.originator), reportedFacts, figures },
      });
    }
    if (data.actors.length) {
      const roles: SqlValue[] = [];
      for (const a of data.actors) {
        const actor = actorFor(a.name, a.kind);
        roles.push(incidentId, actor.id, a.role, a.certainty);
        rel.actors.push({ id: actor.id, name: actor.name, kind: actor.kind, role: a.role, certainty: a.certainty });
      }
      rolesStatement(data.actors.length).run(roles);
    }
    for (let position = 0; position < data.claims.length; position++) {
      const c = data.claims[position]!;
      const source = linked.get(refFromText(c.sourceUrl)) ?? null;
      const madeOn = c.madeOn ? bind(isoDateToUtc(c.madeOn)) : null;
      const claimant = findActorEntry(c.claimantName)?.id ?? null;
      const subject = findActorEntry(c.subject)?.id ?? null;
      const claimRow = [
        incidentId,
        c.kind,
        c.claimantName,
        bind(c.claimantRole),
        claimant,
        c.subject,
        subject,
        c.statement,
        madeOn,
        source?.id ?? null,
        position,
      ];
      const id = Number(insertClaim.run(claimRow).lastInsertRowid);
      const claimSource = source ? { id: source.id, url: source.url, datasetRecord: source.datasetRecord, outlet: String(source.fields.outlet) } : null;
      rel.claims.push({
        id,
        kind: c.kind,
        claimantName: c.claimantName,
        claimantRole: bind(c.claimantRole),
        subject: c.subject,
        statement: c.statement,
        madeOn,
        source: claimSource,
      });
    }
    if (recordAudit) recordAudit({ incidentId, action: item.kind, before, after: recordFromSql(row, kept, rel), origin: originOf(item) });
    if ((index + 1) % batchSize === 0 || index === items.length - 1) await onProgress?.(index + 1);
  }
  return ids;
}
