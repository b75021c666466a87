import type Database from "better-sqlite3";
import { recordFromSql, type StoredIncident, type StoredKeeping, type StoredRelations } from "./sql-record";
import type { AuditAction } from "./record-audit";
import type { AuditSnapshot } from "./snapshot";
import { importOriginToColumn, type ImportOrigin } from "./import-origin";
import type { LinkAudit } from "./link-audit";

type Row = Record<string, string | number | null>;

/**
 * Reads an incident's audit snapshot on a better-sqlite3 connection (inside the bulk import's
 * transaction, where Prisma cannot see): the same record snapshotIncident gives, or null.
 */
export function sqliteSnapshotReader(db: Database.Database): (id: number) => AuditSnapshot | null {
  const incident = db.prepare(`SELECT * FROM "Incident" WHERE "id" = ?`);
  const sources = db.prepare(
    `SELECT s."id", s."url", s."datasetRecord", s."outlet", s."headline", s."publishedAt", s."language", s."notes", l."quote", l."originator", l."reportedFacts"
     FROM "IncidentSource" l JOIN "Source" s ON s."id" = l."sourceId" WHERE l."incidentId" = ? ORDER BY l."position"`,
  );
  const figures = db.prepare(`SELECT "sourceId", "field", "value", "quote" FROM "ReportedFigure" WHERE "incidentId" = ?`);
  const actors = db.prepare(
    `SELECT a."id", a."name", a."kind", l."role", l."certainty"
     FROM "IncidentActor" l JOIN "Actor" a ON a."id" = l."actorId" WHERE l."incidentId" = ? ORDER BY l."id"`,
  );
  const claims = db.prepare(
    `SELECT c."id", c."kind", c."claimantName", c."claimantRole", c."subject", c."statement", c."madeOn",
       s."id" AS "sourceId", s."url" AS "sourceUrl", s."datasetRecord" AS "sourceDatasetRecord", s."outlet" AS "sourceOutlet"
     FROM "Claim" c LEFT JOIN "Source" s ON s."id" = c."sourceId" WHERE c."incidentId" = ? ORDER BY c."position"`,
  );
  return (id) => {
    const row = incident.get(id) as (StoredIncident & StoredKeeping) | undefined;
    if (!row) return null;
    const rel: StoredRelations = {
      sources: linkedSources(sources.all(id) as Row[], figures.all(id) as Row[]),
      actors: actors.all(id) as StoredRelations["actors"],
      claims: (claims.all(id) as Row[]).map(({ sourceId, sourceUrl, sourceDatasetRecord, sourceOutlet, ...c }) => ({
        ...(c as Omit<StoredRelations["claims"][number], "source">),
        source:
          sourceId === null
            ? null
            : {
                id: Number(sourceId),
                url: sourceUrl === null ? null : String(sourceUrl),
                datasetRecord: sourceDatasetRecord === null ? null : String(sourceDatasetRecord),
                outlet: String(sourceOutlet),
              },
      })),
    };
    return recordFromSql(row, row, rel);
  };
}

/** Each linked source with its report's figures. */
function linkedSources(sources: Row[], figures: Row[]): StoredRelations["sources"] {
  return sources.map((s) => ({
    ...(s as Omit<StoredRelations["sources"][number], "figures">),
    figures: figures
      .filter((f) => f.sourceId === s.id)
      .map((f) => ({ field: String(f.field), value: Number(f.value), quote: f.quote === null ? null : String(f.quote) })),
  }));
}

export type SqliteAuditEntry = {
  incidentId: number;
  action: AuditAction;
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
  /** The file and row an import wrote this version from. */
  origin?: ImportOrigin | null;
  /** For a link restored by an import: the other record, as link-audit.ts stores it. */
  link?: LinkAudit | null;
};

/**
 * Writes audit events on a better-sqlite3 connection inside the caller's transaction, with the same
 * columns recordAudit writes through Prisma (`at` as the adapter stores a DateTime, the user's name now).
 */
export function sqliteAuditWriter(db: Database.Database, { userId, at }: { userId: string | null; at: string }) {
  const user = userId ? (db.prepare(`SELECT "name" FROM "User" WHERE "id" = ?`).get(userId) as { name: string } | undefined) : undefined;
  const insert = db.prepare(
    `INSERT INTO "AuditEvent" ("incidentId", "userId", "userName", "action", "at", "before", "after", "fromVersion", "toVersion", "restoredVersion", "importOrigin", "link")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  return ({ incidentId, action, before, after, origin = null, link = null }: SqliteAuditEntry) => {
    insert.run(
      incidentId,
      userId,
      user?.name ?? null,
      action,
      at,
      before ? JSON.stringify(before) : null,
      after ? JSON.stringify(after) : null,
      before?.version ?? null,
      after?.version ?? null,
      importOriginToColumn(origin),
      link ? JSON.stringify(link) : null,
    );
  };
}
