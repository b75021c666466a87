import { describe, expect, it } from "vitest";
import { INVITE_LIFETIME_MS, generateInviteToken, hashInviteToken, inviteStatus, isInviteTokenShape } from "./invite-token";

const now = new Date("2026-11-28T10:00:00Z");
const later = new Date(now.getTime() + INVITE_LIFETIME_MS);

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url, different every time", () => {
    const tokens = Array.from({ length: 50 }, generateInviteToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      expect(isInviteTokenShape(token)).toBe(true);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("are stored as a SHA-256 hex digest, never as themselves", () => {
    const token = generateInviteToken();
    const hash = hashInviteToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashInviteToken(token)).toBe(hash);
    expect(hashInviteToken(generateInviteToken())).not.toBe(hash);
  });

  it("rejects anything else before a lookup", () => {
    for (const bad of ["", "abc", "x".repeat(42), "x".repeat(44), `${"x".repeat(42)}=`, `${"x".repeat(42)}/`, "x".repeat(42) + " "]) {
      expect(isInviteTokenShape(bad)).toBe(false);
    }
  });

  it("expire after seven days", () => {
    expect(INVITE_LIFETIME_MS).toBe(7 * 24 * 3600_000);
  });
});

describe("inviteStatus", () => {
  const base = { expiresAt: later, acceptedAt: null, revokedAt: null };

  it("is pending until it expires", () => {
    expect(inviteStatus(base, now)).toBe("pending");
    expect(inviteStatus(base, new Date(later.getTime() - 1))).toBe("pending");
    expect(inviteStatus(base, later)).toBe("expired");
  });

  it("is accepted or revoked whatever the time", () => {
    expect(inviteStatus({ ...base, acceptedAt: now }, now)).toBe("accepted");
    expect(inviteStatus({ ...base, acceptedAt: now }, new Date(later.getTime() + 1))).toBe("accepted");
    expect(inviteStatus({ ...base, revokedAt: now }, now)).toBe("revoked");
  });
});
