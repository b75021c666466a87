import type Database from "better-sqlite3";
import { quoted } from "./sql-identifier";

/** A row of sqlite_master. */
export type SchemaObject = { type: string; name: string; tbl_name: string; sql: string | null };

/** An FTS5 table kept in step with a content table by triggers, and those triggers. */
export type TextSearchSync = { table: string; triggers: { name: string; sql: string }[] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Which FTS5 indexes over `content` (external-content tables, `content='Incident'`) its triggers
 * keep in step, and which triggers do only that: a trigger whose body writes anywhere else is left
 * alone, since deferring it would skip that work. Pure, over sqlite_master's rows.
 */
export function textSearchSyncs(objects: SchemaObject[], content: string): TextSearchSync[] {
  const contentPattern = new RegExp(`content\\s*=\\s*['"]${escape(content)}['"]`, "i");
  const tables = objects.filter(
    (o) => o.type === "table" && /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(o.sql ?? "") && /USING\s+fts5/i.test(o.sql ?? "") && contentPattern.test(o.sql ?? ""),
  );
  return tables
    .map(({ name }) => {
      const triggers = objects.filter((o): o is SchemaObject & { sql: string } => {
        if (o.type !== "trigger" || o.tbl_name !== content || !o.sql) return false;
        const body = o.sql.slice(o.sql.search(/\bBEGIN\b/i));
        const targets = [...body.matchAll(/\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+("(?:[^"]|"")+"|\w+)/gi)].map((m) =>
          m[1]!.replace(/^"|"$/g, "").replace(/""/g, '"'),
        );
        return targets.length > 0 && targets.every((t) => t === name);
      });
      return { table: name, triggers: triggers.map(({ name: n, sql }) => ({ name: n, sql })) };
    })
    .filter((s) => s.triggers.length > 0);
}

/** The columns an FTS5 table indexes, in order. */
function ftsColumns(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
}

/**
 * Keeps the Incident text-search indexes in step with a bulk write set-wise instead of row by row.
 * Their triggers add each row in its own statement, and FTS5 flushes its pending terms to a new
 * segment at every statement, so 100,000 rows cost ~100,000 tiny segments and their merging (most
 * of the import's time with the triggers on). Inside the import's transaction (nobody else can
 * write meanwhile, and readers see either the state before or after, triggers included) this:
 * removes the old entries of the incidents to be updated, drops the sync triggers, and `finish`
 * indexes every written incident in one statement per index, then re-creates the triggers from
 * their stored SQL. Anything failing rolls all of it back with the import.
 */
export function deferTextSearch(db: Database.Database, updatedIds: readonly number[]): { finish: (writtenIds: readonly number[]) => void } {
  const objects = db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master`).all() as SchemaObject[];
  const syncs = textSearchSyncs(objects, "Incident");
  for (const { table, triggers } of syncs) {
    const columns = ftsColumns(db, table).map(quoted);
    if (updatedIds.length) {
      db.prepare(
        `INSERT INTO ${quoted(table)} (${quoted(table)}, rowid, ${columns.join(", ")})
         SELECT 'delete', i."id", ${columns.map((c) => `i.${c}`).join(", ")} FROM json_each(?) AS k JOIN "Incident" AS i ON i."id" = k.value`,
      ).run(JSON.stringify(updatedIds));
    }
    for (const t of triggers) db.exec(`DROP TRIGGER ${quoted(t.name)}`);
  }
  return {
    finish(writtenIds) {
      for (const { table, triggers } of syncs) {
        const columns = ftsColumns(db, table).map(quoted);
        db.prepare(
          `INSERT INTO ${quoted(table)} (rowid, ${columns.join(", ")})
           SELECT i."id", ${columns.map((c) => `i.${c}`).join(", ")} FROM json_each(?) AS k JOIN "Incident" AS i ON i."id" = k.value`,
        ).run(JSON.stringify(writtenIds));
        for (const t of triggers) db.exec(t.sql);
      }
    },
  };
}
