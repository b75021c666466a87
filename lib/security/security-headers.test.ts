import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders, type SecuritySettings } from "./security-headers";

const production: SecuritySettings = { nonce: "bm9uY2U=", tileUrl: null, publicUrl: undefined, development: false };

/** The policy as { directive: sources }. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split("; ")
      .map((d) => d.split(" "))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("contentSecurityPolicy", () => {
  it("allows scripts by nonce only, with no eval in production", () => {
    const csp = directives(contentSecurityPolicy(production));
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(contentSecurityPolicy(production)).not.toContain("unsafe");
  });

  it("refuses framing, plugins and other base URLs; forms post only here", () => {
    const csp = directives(contentSecurityPolicy(production));
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
    expect(csp["form-action"]).toEqual(["'self'"]);
    expect(csp["worker-src"]).toEqual(["'self'"]);
  });

  it("adds the tile host to images only when a tile URL is configured", () => {
    expect(directives(contentSecurityPolicy(production))["img-src"]).toEqual(["'self'", "data:", "blob:"]);
    const withTiles = { ...production, tileUrl: "https://{s}.tiles.example.org/{z}/{x}/{y}.png" };
    expect(directives(contentSecurityPolicy(withTiles))["img-src"]).toEqual(["'self'", "data:", "blob:", "https://*.tiles.example.org"]);
    expect(directives(contentSecurityPolicy(withTiles))["connect-src"]).toEqual(["'self'"]);
  });

  it("lets next dev evaluate code and inject styles", () => {
    const csp = directives(contentSecurityPolicy({ ...production, development: true }));
    expect(csp["script-src"]).toContain("'unsafe-eval'");
    expect(csp["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("upgrades insecure requests only under https", () => {
    expect(contentSecurityPolicy(production)).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ ...production, publicUrl: "https://atlas.example.org" })).toContain("upgrade-insecure-requests");
  });
});

describe("securityHeaders", () => {
  it("sets the framing, sniffing, referrer and feature headers", () => {
    const headers = securityHeaders(production);
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
    }
  });

  it("sends HSTS only when BETTER_AUTH_URL is https", () => {
    expect(securityHeaders(production)).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ ...production, publicUrl: "http://atlas.example.org" })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ ...production, publicUrl: "https://atlas.example.org" })["Strict-Transport-Security"]).toBe("max-age=31536000");
  });
});
