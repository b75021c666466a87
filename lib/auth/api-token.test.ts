import { describe, expect, it } from "vitest";
import { bearerToken, generateApiToken, hashApiToken, tokenDisplayPrefix } from "./api-token";

describe("API tokens", () => {
  it("are 32 random bytes behind a recognisable prefix", () => {
    const token = generateApiToken();
    expect(token).toMatch(/^atlas_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(6), "base64url")).toHaveLength(32);
    expect(generateApiToken()).not.toBe(token);
  });

  it("hash to a stable SHA-256 hex digest", () => {
    expect(hashApiToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const token = generateApiToken();
    expect(hashApiToken(token)).toBe(hashApiToken(token));
    expect(hashApiToken(token)).not.toBe(hashApiToken(generateApiToken()));
    expect(hashApiToken(token)).not.toContain(token.slice(6));
  });

  it("show only a short prefix", () => {
    expect(tokenDisplayPrefix("atlas_abcdefghijkl")).toBe("atlas_abcdef");
  });
});

describe("bearerToken", () => {
  const token = generateApiToken();
  it.each([
    [`Bearer ${token}`, token],
    [`bearer ${token}`, token],
    [`Bearer   ${token}  `, token],
    [null, null],
    ["", null],
    ["Basic dXNlcjpwYXNz", null],
    ["Bearer not-a-token", null],
    [`Bearer ${token}x`, null],
    [`Bearer ${token} extra`, null],
  ])("%s -> %s", (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});
