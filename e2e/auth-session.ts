import { createHmac, randomBytes, randomUUID } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import type { Db } from "@/lib/create-db";
import { insertUser } from "@/lib/auth/create-user";
import { resolveAuthSecret } from "@/lib/auth/secret";
import type { Role } from "@/lib/auth/roles";

/** Every e2e account's e-mail ends with this, so teardown can find their sign-in limits. */
export const E2E_EMAIL_DOMAIN = "e2e.example.org";
export const E2E_PASSWORD = "correct horse battery staple";

export type TestUser = { id: string; name: string; email: string; password: string; role: Role };

let counter = 0;

/** A user with a known password, written as the app writes users (better-auth's scrypt). */
export async function createTestUser(db: Db, role: Role, name?: string): Promise<TestUser> {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}`;
  const user = { name: name ?? `Test ${role} ${tag}`, email: `${role}-${tag}@${E2E_EMAIL_DOMAIN}`, password: E2E_PASSWORD, role };
  const result = await insertUser(db, user);
  if ("error" in result) throw new Error(`Could not create ${user.email}`);
  return { ...user, id: result.id };
}

/**
 * Signs a browser context in without the UI: a session row, and the cookie better-auth would set
 * (the token, HMAC-SHA256-signed with the server's secret, as better-call signs cookies).
 */
export async function signInContext(db: Db, context: BrowserContext, baseURL: string, userId: string): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  // Seven days, as better-auth gives a new session (auth.server.ts), so the first request does not refresh it.
  await db.session.create({ data: { id: randomUUID(), token, userId, expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60_000) } });
  const signature = createHmac("sha256", resolveAuthSecret()).update(token).digest("base64");
  const url = new URL(baseURL);
  await context.addCookies([
    { name: "better-auth.session_token", value: encodeURIComponent(`${token}.${signature}`), domain: url.hostname, path: "/", httpOnly: true, sameSite: "Lax" },
  ]);
  return token;
}
