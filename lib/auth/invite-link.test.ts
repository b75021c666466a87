import { describe, expect, it } from "vitest";
import { invitePath, siteOrigin } from "./invite-link";

const h = (entries: Record<string, string>) => new Headers(entries);

describe("siteOrigin", () => {
  it("prefers BETTER_AUTH_URL, without its path", () => {
    expect(siteOrigin("https://atlas.example.org/some/path", h({ host: "10.0.0.5:3000" }))).toBe("https://atlas.example.org");
  });

  it("else uses the host the admin's browser asked for", () => {
    expect(siteOrigin(undefined, h({ host: "10.0.0.5:3000" }))).toBe("http://10.0.0.5:3000");
    expect(siteOrigin(undefined, h({ host: "internal:3000", "x-forwarded-host": "atlas.lan, internal", "x-forwarded-proto": "https" }))).toBe(
      "https://atlas.lan",
    );
  });

  it("never makes up a scheme other than http or https", () => {
    expect(siteOrigin(undefined, h({ host: "atlas.lan", "x-forwarded-proto": "javascript" }))).toBe("http://atlas.lan");
    expect(siteOrigin(undefined, h({}))).toBe("http://localhost:3000");
  });
});

describe("invitePath", () => {
  it("puts the token after /invite/", () => {
    expect(invitePath("abc_-")).toBe("/invite/abc_-");
  });
});
