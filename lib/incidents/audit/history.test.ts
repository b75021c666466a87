import { describe, expect, it } from "vitest";
import { buildIncident } from "@/prisma/factories";
import { describeAction, toHistoryEntry } from "./history";

// A stored snapshot is an API record; the fields the diff reads are those of the input plus record keeping.
const snapshot = (version: number, securityForces: number) =>
  JSON.stringify({ ...buildIncident(), id: 1, version, externalId: null, killed: { total: 7, securityForces }, sources: [], actors: [], claims: [] });
const row = (over: Partial<Parameters<typeof toHistoryEntry>[0]>) => ({
  id: 1,
  action: "update",
  at: new Date("2026-01-02T10:00:00Z"),
  before: snapshot(1, 5),
  after: snapshot(2, 7),
  fromVersion: 1,
  toVersion: 2,
  restoredVersion: null,
  userId: "u-ayesha",
  userName: "Ayesha Khan",
  user: { name: "Ayesha Khan" },
  ...over,
});

describe("toHistoryEntry", () => {
  it("describes an edit in words, with the editor", () => {
    const entry = toHistoryEntry(row({}), 3);
    expect(entry).toMatchObject({ editor: "Ayesha Khan", changes: ["killed (security forces): 5 -> 7"], restorable: true, at: "2026-01-02T10:00:00.000Z" });
  });

  it("does not offer to restore the current version or a deletion", () => {
    expect(toHistoryEntry(row({}), 2).restorable).toBe(false);
    expect(toHistoryEntry(row({ action: "delete", after: null, toVersion: null }), 2)).toMatchObject({ restorable: false, changes: [] });
  });

  it("names changes without a user as the system's", () => {
    expect(toHistoryEntry(row({ userId: null, userName: null, user: null }), 3)).toMatchObject({
      editor: "System (import or seed)",
      editorId: null,
      editorNow: null,
    });
  });

  it("names the editor as they were named then, and by their name now when it has changed", () => {
    expect(toHistoryEntry(row({}), 3)).toMatchObject({ editor: "Ayesha Khan", editorId: "u-ayesha", editorNow: null });
    expect(toHistoryEntry(row({ user: { name: "Ayesha Malik" } }), 3)).toMatchObject({ editor: "Ayesha Khan", editorNow: "Ayesha Malik" });
  });

  it("keeps the name at the time when the account is gone", () => {
    expect(toHistoryEntry(row({ userId: null, user: null }), 3)).toMatchObject({ editor: "Ayesha Khan", editorId: null, editorNow: null });
  });
});

describe("describeAction", () => {
  it.each([
    ["create", null, "Created"],
    ["update", null, "Edited"],
    ["delete", null, "Moved to the trash"],
    ["restore", 3, "Restored version 3"],
    ["restore", null, "Restored from the trash"],
  ] as const)("%s %s -> %s", (action, restoredVersion, expected) => {
    expect(describeAction({ action, restoredVersion })).toBe(expected);
  });
});
