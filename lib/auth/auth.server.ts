import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db.server";
import { env } from "@/lib/env.server";
import { resolveAuthSecret } from "./secret";
import { PASSWORD_LIMITS } from "./schema";
import { SIGN_IN_PATH, limitSignIn, rememberSignIn } from "./sign-in-limit/sign-in-hooks.server";

function sameHostOrigins(request: Request | undefined): string[] {
  const host = request?.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request?.headers.get("host");
  return host ? [`http://${host}`, `https://${host}`] : [];
}

/**
 * better-auth's log, less its "Base URL is not set" notice, printed at every start: without
 * BETTER_AUTH_URL Atlas takes the address from each request on purpose (LAN and localhost installs,
 * decision 005; the README says when to set it), so the notice told a newcomer nothing to do.
 */
function logWithoutBaseUrlNotice(level: "debug" | "info" | "warn" | "error", message: string, ...args: unknown[]) {
  if (message.includes("Base URL is not set")) return;
  const print = level === "error" ? console.error : level === "warn" ? console.warn : console.log;
  print(message, ...args);
}

/**
 * The one better-auth instance (docs/decisions/005-authentication.md). Sessions live in the database;
 * passwords are hashed with better-auth's scrypt. Roles and the active flag are our own user fields,
 * never accepted from a client.
 */
export const auth = betterAuth({
  appName: "Incident Atlas",
  secret: resolveAuthSecret(env.BETTER_AUTH_SECRET),
  baseURL: env.BETTER_AUTH_URL,
  // Same-origin requests are trusted even with no BETTER_AUTH_URL: the Host a browser sends is the
  // site it is on, so this is the check Next.js makes for server actions.
  trustedOrigins: (request) => [...env.ATLAS_TRUSTED_ORIGINS, ...sameHostOrigins(request)],
  database: prismaAdapter(db, { provider: "sqlite" }),
  telemetry: { enabled: false },
  logger: { log: logWithoutBaseUrlNotice },
  emailAndPassword: {
    enabled: true,
    // Accounts come from /setup, the admin page and the CLI only.
    disableSignUp: true,
    minPasswordLength: PASSWORD_LIMITS.min,
    maxPasswordLength: PASSWORD_LIMITS.max,
    revokeSessionsOnPasswordReset: true,
  },
  user: {
    additionalFields: {
      role: { type: "string", defaultValue: "viewer", input: false },
      active: { type: "boolean", defaultValue: true, input: false },
    },
  },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  // better-auth's own limiter (in memory, per address and path) stays on for its other endpoints;
  // sign-in is limited per account and client by ours, kept in the database (sign-in-limit/).
  rateLimit: { enabled: true, window: 60, max: 100, customRules: { [SIGN_IN_PATH]: false } },
  // Secure cookies when served over https; plain http on a LAN or localhost still works.
  advanced: { useSecureCookies: env.BETTER_AUTH_URL?.startsWith("https://") ?? false },
  databaseHooks: {
    user: {
      update: {
        // Names are set at sign-up or by an admin (lib/auth/account-admin/), never by better-auth's
        // update-user: a name change rewrites how History reads.
        before: async (data) => {
          if (data.name !== undefined) throw new APIError("FORBIDDEN", { message: "Names are set by an administrator on the Users page." });
        },
      },
    },
    session: {
      create: {
        // Runs after the password was checked, so it reveals nothing to someone guessing.
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { active: true } });
          if (!user?.active) throw new APIError("FORBIDDEN", { message: "This account has been deactivated. Ask an administrator." });
        },
      },
    },
  },
  hooks: { before: limitSignIn, after: rememberSignIn },
  plugins: [nextCookies()],
});
