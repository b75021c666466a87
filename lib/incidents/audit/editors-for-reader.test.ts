import { describe, expect, it } from "vitest";
import { SYSTEM_EDITOR, type HistoryEntry } from "./history";
import { editorNameFor, historyForReader, UNNAMED_EDITOR } from "./editors-for-reader";

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

  it("keeps a review's comments for staff and hides them from everyone else", () => {
    const comments = { reason: null, fields: [{ field: "title", comment: "Name the district" }] };
    const sentBack = [entry("Amina Khan", { action: "send_back", comments })];
    expect(historyForReader(sentBack, true)[0]!.comments).toEqual(comments);
    expect(historyForReader(sentBack, false)[0]).toMatchObject({ editor: UNNAMED_EDITOR, comments: null });
  });
});
