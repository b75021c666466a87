import { describe, expect, it } from "vitest";
import { SYSTEM_EDITOR, type HistoryEntry } from "./history";
import { editorNameFor, historyForReader, UNNAMED_EDITOR } from "./editors-for-reader";
import { describeImportOrigin } from "./import-origin";

const entry = (editor: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id: 1,
  action: "update",
  at: "2024-03-17T10:00:00.000Z",
  editor,
  editorId: "u1",
  editorNow: "Amina K.",
  fromVersion: 1,
  toVersion: 2,
  restoredVersion: null,
  changes: ["Title changed"],
  whyFields: [null],
  restorable: true,
  comments: null,
  importOrigin: null,
  linkedIncidentId: null,
  ...extra,
});

describe("editors as the reader sees them", () => {
  it("names staff to readers who may see names only", () => {
    expect(editorNameFor(true, "Amina Khan")).toBe("Amina Khan");
    expect(editorNameFor(false, "Amina Khan")).toBe(UNNAMED_EDITOR);
    expect(editorNameFor(false, SYSTEM_EDITOR)).toBe(SYSTEM_EDITOR);
  });

  it("hides names, accounts and later names in a public History, and keeps what changed", () => {
    const entries = [entry("Amina Khan"), entry(SYSTEM_EDITOR, { editorId: null, editorNow: null })];
    expect(historyForReader(entries, true)).toBe(entries);
    expect(historyForReader(entries, false)).toEqual([{ ...entries[0], editor: UNNAMED_EDITOR, editorId: null, editorNow: null }, entries[1]]);
  });

  it("keeps an import's file name for staff; everyone else reads the line and the outside id", () => {
    const imported = [entry("Amina Khan", { action: "create", importOrigin: { file: "leads-amina.csv", where: "line 12", externalId: "PAK1234" } })];
    expect(historyForReader(imported, true)[0]!.importOrigin).toEqual({ file: "leads-amina.csv", where: "line 12", externalId: "PAK1234" });
    const shown = historyForReader(imported, false)[0]!.importOrigin!;
    expect(shown).toEqual({ file: "", where: "line 12", externalId: "PAK1234" });
    expect(describeImportOrigin(shown)).toBe("line 12, outside id PAK1234");
    expect(describeImportOrigin(imported[0]!.importOrigin!)).toBe("from leads-amina.csv, line 12, outside id PAK1234");
  });

  it("keeps a review's comments for staff and hides them from everyone else", () => {
    const comments = { reason: null, fields: [{ field: "title", comment: "Name the district" }] };
    const sentBack = [entry("Amina Khan", { action: "send_back", comments })];
    expect(historyForReader(sentBack, true)[0]!.comments).toEqual(comments);
    expect(historyForReader(sentBack, false)[0]).toMatchObject({ editor: UNNAMED_EDITOR, comments: null });
  });
});
