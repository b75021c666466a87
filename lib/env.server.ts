import "server-only";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./default-database-url";
import { databaseKind } from "./database/database-kind";
import { TrustedProxySchema } from "./env-trusted-proxy";

/** "true"/"false" (also 1/0, yes/no) from the environment; anything else is a start-up error. */
const booleanFlag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
    .optional()
    .transform((v) => (v === undefined ? fallback : ["true", "1", "yes"].includes(v)));

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .refine((url) => databaseKind(url) !== null, "DATABASE_URL must be a SQLite file URL such as file:./data/atlas.db or a postgresql:// URL")
    .default(DEFAULT_DATABASE_URL),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Signs session cookies. Unset: a random one is made on first start and kept in data/ (lib/auth/secret.ts). */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /** The address users open, e.g. https://atlas.example.org. Unset: taken from each request. */
  BETTER_AUTH_URL: z.url({ protocol: /^https?$/, error: "BETTER_AUTH_URL must be an http(s) URL" }).optional(),
  /** More origins allowed to send cookie-authenticated requests, comma-separated. */
  ATLAS_TRUSTED_ORIGINS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((o) => o.trim())
            .filter(Boolean)
        : [],
    ),
  /** false: every page and the API need a signed-in user (or an API token). */
  ATLAS_PUBLIC_READ: booleanFlag(true),
  /** How many reverse proxies append the client's address to X-Forwarded-For (lib/env-trusted-proxy.ts). */
  ATLAS_TRUSTED_PROXY: TrustedProxySchema,
});

/** process.env, parsed once: a bad setting stops the server at start-up with a clear message. */
export const env = EnvSchema.parse(process.env);
