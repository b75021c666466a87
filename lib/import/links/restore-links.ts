import type Database from "better-sqlite3";
import { storedEnds, seenFrom } from "@/lib/incidents/links/link-ends";
import type { LinkAudit } from "@/lib/incidents/audit/link-audit";
import { sqliteAuditWriter } from "@/lib/incidents/audit/sqlite-audit";
import type { LinkToRestore } from "./plan-links";

/**
 * Writes the planned links inside the import's transaction (better-sqlite3), after its rows: `ids`
 * are the written rows' ids in item order. Each new link gets a "linked" event on both ends, as a
 * link made in the app does (link-writes.ts); one already there is left alone. Returns how many were written.
 */
export function restoreLinksIn(
  db: Database.Database,
  links: LinkToRestore[],
  ids: number[],
  { userId, at, audit }: { userId: string | null; at: string; audit: boolean },
): number {
  if (!links.length) return 0;
  const insert = db.prepare(
    `INSERT OR IGNORE INTO "IncidentLink" ("fromId", "toId", "relation", "note", "createdAt", "createdById") VALUES (?, ?, ?, NULL, ?, ?)`,
  );
  const title = db.prepare(`SELECT "title" FROM "Incident" WHERE "id" = ?`).pluck();
  const record = sqliteAuditWriter(db, { userId, at });
  let written = 0;
  for (const { item, hereId, otherId, link } of links) {
    const here = hereId ?? ids[item];
    if (here === undefined || here === otherId) continue;
    const ends = storedEnds(here, otherId, link.relation, link.direction);
    if (insert.run(ends.fromId, ends.toId, ends.relation, at, userId).changes === 0) continue;
    written++;
    if (!audit) continue;
    for (const incidentId of [ends.fromId, ends.toId]) {
      const seen = seenFrom(incidentId, ends);
      const change: LinkAudit = {
        change: "linked",
        relation: ends.relation,
        direction: seen.direction,
        incidentId: seen.otherId,
        title: String(title.get(seen.otherId) ?? ""),
        note: null,
      };
      record({ incidentId, action: "link", before: null, after: null, link: change });
    }
  }
  return written;
}
