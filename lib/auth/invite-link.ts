/**
 * The address an invitation link starts with: BETTER_AUTH_URL when set, else the site the admin is
 * on (the Host their browser sent, or the proxy's X-Forwarded-Host). The link is only shown to that
 * admin, so a forged Host misleads no one else.
 */
export function siteOrigin(configured: string | undefined, headers: Headers): string {
  if (configured) return new URL(configured).origin;
  const first = (name: string) => headers.get(name)?.split(",")[0]?.trim();
  const host = first("x-forwarded-host") || first("host") || "localhost:3000";
  return `${first("x-forwarded-proto") === "https" ? "https" : "http"}://${host}`;
}

export const invitePath = (token: string) => `/invite/${token}`;
