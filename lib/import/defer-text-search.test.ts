import { describe, expect, it } from "vitest";
import { textSearchSyncs, type SchemaObject } from "./defer-text-search";

const fts = (name: string, content: string): SchemaObject => ({
  type: "table",
  name,
  tbl_name: name,
  sql: `CREATE VIRTUAL TABLE "${name}" USING fts5("title", content = '${content}', content_rowid = 'id', tokenize = 'trigram')`,
});
const trigger = (name: string, body: string, table = "Incident"): SchemaObject => ({
  type: "trigger",
  name,
  tbl_name: table,
  sql: `CREATE TRIGGER "${name}" AFTER INSERT ON "${table}" BEGIN\n  ${body}\nEND`,
});

describe("textSearchSyncs", () => {
  it("finds an external-content FTS5 index over the table and the triggers that only keep it in step", () => {
    const objects = [
      fts("IncidentTextSearch", "Incident"),
      fts("SourceTextSearch", "Source"),
      trigger("Incident_ts_insert", `INSERT INTO "IncidentTextSearch" ("rowid", "title") VALUES (new."id", new."title");`),
      trigger(
        "Incident_ts_update",
        `INSERT INTO "IncidentTextSearch" ("IncidentTextSearch", "rowid", "title") VALUES ('delete', old."id", old."title");\n  INSERT INTO IncidentTextSearch (rowid, title) VALUES (new.id, new.title);`,
      ),
      trigger("Source_ts_insert", `INSERT INTO "SourceTextSearch" ("rowid", "title") VALUES (new."id", new."headline");`, "Source"),
    ];
    expect(textSearchSyncs(objects, "Incident")).toEqual([
      {
        table: "IncidentTextSearch",
        triggers: [
          { name: "Incident_ts_insert", sql: objects[2]!.sql },
          { name: "Incident_ts_update", sql: objects[3]!.sql },
        ],
      },
    ]);
  });

  it("leaves alone a trigger that also writes elsewhere: deferring it would skip that work", () => {
    const objects = [
      fts("IncidentTextSearch", "Incident"),
      trigger("Incident_ts_and_log", `INSERT INTO "IncidentTextSearch" ("rowid", "title") VALUES (new."id", new."title");\n  UPDATE "Counter" SET n = n + 1;`),
      trigger("Incident_log", `DELETE FROM "Cache" WHERE id = new.id;`),
    ];
    expect(textSearchSyncs(objects, "Incident")).toEqual([]);
  });

  it("ignores FTS tables holding their own content, and other kinds of virtual table", () => {
    const objects = [
      { type: "table", name: "Notes", tbl_name: "Notes", sql: `CREATE VIRTUAL TABLE "Notes" USING fts5("title")` },
      { type: "table", name: "Geo", tbl_name: "Geo", sql: `CREATE VIRTUAL TABLE "Geo" USING rtree(id, minX, maxX, content = 'Incident')` },
      trigger("Incident_notes", `INSERT INTO "Notes" ("title") VALUES (new."title");`),
    ];
    expect(textSearchSyncs(objects, "Incident")).toEqual([]);
  });
});
