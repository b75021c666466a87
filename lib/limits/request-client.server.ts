import "server-only";
import { env } from "@/lib/env.server";
import { bearerToken } from "@/lib/auth/api-token";
import { userForApiToken } from "@/lib/auth/api-tokens.server";
import { userFromSessionHeaders } from "@/lib/auth/current-user.server";
import { clientAddress } from "@/lib/auth/sign-in-limit/client-address";

/**
 * Whom a per-client limit counts a request against: the signed-in user (by session or API token), or
 * else the client's address. Without ATLAS_TRUSTED_PROXY no address can be trusted, so every
 * anonymous client shares one key (README, "Limits").
 */
export async function requestClient(request: Request): Promise<string> {
  const token = bearerToken(request.headers.get("authorization"));
  const user = token ? await userForApiToken(token) : await userFromSessionHeaders(request.headers);
  return user ? `user:${user.id}` : `address:${clientAddress(request.headers, env.ATLAS_TRUSTED_PROXY)}`;
}
