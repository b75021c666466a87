import { z } from "zod";

/**
 * ATLAS_TRUSTED_PROXY: how many reverse proxies in front of Atlas append the client's address to
 * X-Forwarded-For. Unset/false/0: none (the header is not trusted); true: one; or a number up to 10.
 * Used by the sign-in limit (lib/auth/sign-in-limit/client-address.ts).
 */
export const TrustedProxySchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(true|false|yes|no|10|\d)$/, "ATLAS_TRUSTED_PROXY must be true, false or a number of proxies from 0 to 10")
  .optional()
  .transform((v) => (v === undefined || v === "false" || v === "no" ? 0 : v === "true" || v === "yes" ? 1 : Number(v)));
