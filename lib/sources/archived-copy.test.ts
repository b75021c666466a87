import { describe, expect, it } from "vitest";
import { archivedCopyColumns, sha256Hex } from "./archived-copy";

describe("an archived copy's columns", () => {
  const at = new Date("2026-12-05T03:00:00Z");

  it("hold the text, its SHA-256 and the capture time", () => {
    expect(archivedCopyColumns("abc", at)).toEqual({
      archivedText: "abc",
      archivedSha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      archivedAt: at,
    });
  });

  it("are all empty without a text", () => {
    expect(archivedCopyColumns("", at)).toEqual({ archivedText: null, archivedSha256: null, archivedAt: null });
    expect(archivedCopyColumns(null, at)).toEqual({ archivedText: null, archivedSha256: null, archivedAt: null });
  });

  it("hash the text as UTF-8", () => {
    expect(sha256Hex("میر علی")).toHaveLength(64);
    expect(sha256Hex("میر علی")).not.toBe(sha256Hex("مير علي"));
  });
});
