import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the generated secret lives when BETTER_AUTH_SECRET is not set (git-ignored, like the database). */
export const SECRET_FILE = path.join(process.cwd(), "data", ".auth-secret");

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set, otherwise one generated on first
 * start and kept in data/.auth-secret, so `npm ci && npm start` works with no settings and sessions
 * survive restarts. Not server-only: the e2e fixtures sign their session cookies with it.
 */
export function resolveAuthSecret(fromEnv: string | undefined = process.env.BETTER_AUTH_SECRET): string {
  if (fromEnv) return fromEnv;
  try {
    return readFileSync(SECRET_FILE, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
    const secret = randomBytes(32).toString("hex");
    try {
      // "wx": if another process wrote it first, keep theirs.
      writeFileSync(SECRET_FILE, `${secret}\n`, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return readFileSync(SECRET_FILE, "utf8").trim();
    }
  }
}
