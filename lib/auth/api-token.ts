import { createHash, randomBytes } from "node:crypto";

/** Tokens look like `atlas_<43 base64url chars>`: 32 random bytes, recognisable in a leaked file. */
export const API_TOKEN_PREFIX = "atlas_";
const TOKEN_PATTERN = /^atlas_[A-Za-z0-9_-]{43}$/;

/** A new token. Shown to its owner once; only its hash is stored. */
export function generateApiToken(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/**
 * SHA-256 of the token, hex. A 256-bit random token cannot be guessed or brute-forced from its hash,
 * so a slow password KDF would add nothing (docs/decisions/005-authentication.md); a fast hash lets the
 * database find the token by an indexed equality lookup.
 */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** What the account page shows to tell tokens apart: the prefix and the first few random characters. */
export function tokenDisplayPrefix(token: string): string {
  return token.slice(0, API_TOKEN_PREFIX.length + 6);
}

/** The token in an `Authorization: Bearer ...` header, or null when there is none or it is malformed. */
export function bearerToken(authorization: string | null): string | null {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  const token = match?.[1];
  return token && TOKEN_PATTERN.test(token) ? token : null;
}
