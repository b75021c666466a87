import { describe, expect, it } from "vitest";
import { describeLinkChange, readLinkAudit, type LinkAudit } from "./link-audit";
import { toHistoryEntry, describeAction } from "./history";

const link: LinkAudit = {
  change: "linked",
  relation: "response_to",
  direction: "outgoing",
  incidentId: 12,
  title: "Suicide truck-bomb and gun attack on security post in Mir Ali",
};

describe("describeLinkChange", () => {
  it("names the relation as seen from the incident, the other's number and title", () => {
    expect(describeLinkChange(link)).toBe("linked: response to #12 Suicide truck-bomb and gun attack on security post in Mir Ali");
    expect(describeLinkChange({ ...link, change: "unlinked", direction: "incoming" })).toBe(
      "unlinked: responded to by #12 Suicide truck-bomb and gun attack on security post in Mir Ali",
    );
    expect(describeLinkChange({ ...link, relation: "part_of", direction: "incoming", note: "site two" })).toMatch(
      /^linked: has part #12 .* \(note: site two\)$/,
    );
    expect(describeLinkChange({ ...link, relation: "same_event", direction: "mutual" })).toMatch(/^linked: same event as #12 /);
  });

  it("names a merge from both ends", () => {
    expect(describeLinkChange({ ...link, change: "merged_from", relation: "same_event", direction: "mutual" })).toBe(
      "merged into this record: #12 Suicide truck-bomb and gun attack on security post in Mir Ali",
    );
    expect(describeLinkChange({ ...link, change: "merged_into", relation: "same_event", direction: "mutual" })).toMatch(/^merged into #12 Suicide/);
  });

  it("shortens a long title", () => {
    const text = describeLinkChange({ ...link, title: "word ".repeat(40) });
    expect(text.endsWith("…")).toBe(true);
    expect(text.length).toBeLessThan(120);
  });
});

describe("readLinkAudit", () => {
  it("reads what a link event stores, and nothing from null or a broken value", () => {
    expect(readLinkAudit(JSON.stringify(link))).toEqual(link);
    expect(readLinkAudit(null)).toBeNull();
    expect(readLinkAudit("{not json")).toBeNull();
    expect(readLinkAudit(JSON.stringify({ ...link, relation: "caused" }))).toBeNull();
  });
});

describe("a link event in History", () => {
  const row = {
    id: 7,
    action: "link",
    at: new Date("2026-12-07T10:00:00Z"),
    before: null,
    after: null,
    fromVersion: null,
    toVersion: null,
    restoredVersion: null,
    link: JSON.stringify(link),
    userId: null,
    userName: "Ana Analyst",
    user: null,
  };

  it("reads as one change naming the other record, not restorable, with the other's id for filtering", () => {
    const entry = toHistoryEntry(row, 3);
    expect(describeAction(entry)).toBe("Linked to another incident");
    expect(entry.changes).toEqual(["linked: response to #12 Suicide truck-bomb and gun attack on security post in Mir Ali"]);
    expect(entry.whyFields).toEqual([null]);
    expect(entry.restorable).toBe(false);
    expect(entry.linkedIncidentId).toBe(12);
    expect(describeAction(toHistoryEntry({ ...row, action: "unlink" }, 3))).toBe("Link removed");
  });

  it("gives other events no linked incident", () => {
    expect(toHistoryEntry({ ...row, action: "update", link: null }, 3).linkedIncidentId).toBeNull();
  });
});
