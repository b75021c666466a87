import "server-only";
import { z } from "zod";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { db } from "@/lib/db.server";
import { env } from "@/lib/env.server";
import { clientAddress } from "./client-address";
import { DEVICE_COOKIE_MAX_AGE_SECONDS, deviceCookieName, newDeviceCookie, readDeviceCookie } from "./device-cookie";
import { clearSignInLimits, reserveSignInAttempt } from "./limit-store";
import { signInLimitMessage, type SignInClient } from "./rules";

export const SIGN_IN_PATH = "/sign-in/email";

// A body better-auth would refuse before checking any password (no e-mail, not an e-mail) is no guess.
const GuessSchema = z.object({ email: z.string().trim().toLowerCase().pipe(z.email()), password: z.string() });

type HookContext = { body: unknown; headers?: Headers; request?: Request; getCookie: (name: string) => string | null; context: { secret: string } };

function signInClient(ctx: HookContext): SignInClient | null {
  const guess = GuessSchema.safeParse(ctx.body);
  if (!guess.success) return null;
  const account = guess.data.email;
  const headers = ctx.headers ?? ctx.request?.headers ?? new Headers();
  const deviceId = readDeviceCookie(ctx.getCookie(deviceCookieName(account)), account, ctx.context.secret);
  return { account, address: clientAddress(headers, env.ATLAS_TRUSTED_PROXY), deviceId };
}

/**
 * Before better-auth checks a password: reserve the attempt in its buckets (docs/decisions/008-sign-in-limits.md),
 * or refuse it with 429 while one of them is locked. Runs for every way of signing in: the login
 * page's server action and POST /api/auth/sign-in/email.
 */
export const limitSignIn = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN_PATH) return;
  const client = signInClient(ctx);
  if (!client) return;
  const reservation = await reserveSignInAttempt(db, client);
  if (!reservation.allowed) {
    const seconds = reservation.retryAfterSeconds;
    throw new APIError("TOO_MANY_REQUESTS", { message: signInLimitMessage(seconds) }, { "Retry-After": String(seconds) });
  }
});

/**
 * After a successful sign-in: the account's failures are forgotten, and a browser without a device
 * cookie for the account gets one, so its attempts no longer share a bucket with strangers'.
 */
export const rememberSignIn = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN_PATH || !ctx.context.newSession) return;
  const client = signInClient(ctx);
  if (!client) return;
  await clearSignInLimits(db, client.account);
  if (client.deviceId) return;
  ctx.setCookie(deviceCookieName(client.account), newDeviceCookie(client.account, ctx.context.secret).value, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.BETTER_AUTH_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
});
