import "server-only";
import { db } from "@/lib/db.server";
import { env } from "@/lib/env.server";
import { LOGIN_LIMITS, checkLoginLimit, clientAddress, loginLimitMessage } from "./login-limit";

export type SignInKey = { email: string; address: string };

/** The account and address of a sign-in request (the e-mail as typed, lower-cased; the address per ATLAS_TRUSTED_PROXY). */
export function signInKey(body: unknown, headers: Headers | undefined): SignInKey {
  const email = typeof (body as { email?: unknown })?.email === "string" ? (body as { email: string }).email : "";
  return { email: email.trim().toLowerCase(), address: clientAddress(headers ?? new Headers(), env.ATLAS_TRUSTED_PROXY) };
}

export async function checkSignInAllowed({ email, address }: SignInKey, now = new Date()) {
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMs);
  const select = { at: true, success: true } as const;
  const [byAccount, byAddress] = await Promise.all([
    db.loginAttempt.findMany({ where: { email, at: { gt: since } }, select }),
    db.loginAttempt.findMany({ where: { address, at: { gt: since } }, select }),
  ]);
  const verdict = checkLoginLimit({ byAccount, byAddress }, now);
  return verdict.blocked ? { blocked: true as const, message: loginLimitMessage(verdict.retryAfterSeconds) } : { blocked: false as const };
}

/** Records an attempt, and forgets attempts older than a day (the limits look back 15 minutes). */
export async function recordSignInAttempt({ email, address }: SignInKey, success: boolean) {
  await db.loginAttempt.create({ data: { email, address, success } });
  await db.loginAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - 24 * 60 * 60_000) } } });
}
