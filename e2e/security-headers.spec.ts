import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

/** A page response or an API response: both have headers(). */
type Answer = { headers(): Record<string, string> } | null;
import { expect, test } from "./fixtures";

/**
 * The security headers (lib/security/security-headers.ts, set by proxy.ts) on every kind of answer,
 * and a Content-Security-Policy the pages satisfy: any violation the browser reports fails the test.
 */
const article = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/articles/arabnews-mir-ali-seed-2024-03-17.json"), "utf8")) as {
  text: string;
  url: string;
};

/** Collects the browser's CSP reports: its console messages and the page's securitypolicyviolation events. */
function watchCsp(page: Page): string[] {
  const reports: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) reports.push(`${page.url()}: ${message.text()}`);
  });
  // An init script runs through the DevTools protocol, outside the page's CSP.
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return reports;
}

function expectSecurityHeaders(response: Answer, what: string) {
  expect(response, what).not.toBeNull();
  const headers = response!.headers();
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"], what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  // The e2e server runs without BETTER_AUTH_URL, over http: no HSTS.
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

test("a page, an API answer and a static file carry the security headers, each page with its own nonce", async ({ page, request }) => {
  const first = await page.goto("/login");
  expectSecurityHeaders(first, "/login");
  const nonce = (r: Answer) => /'nonce-([^']+)'/.exec(r!.headers()["content-security-policy"]!)?.[1];
  const script = page.locator("script[src^='/_next/static/']").first();
  // Next.js puts the request's nonce on its scripts (the attribute reads empty in the DOM; the property holds it).
  expect(await script.evaluate((s: HTMLScriptElement) => s.nonce)).toBe(nonce(first));
  expect(nonce(await page.goto("/login"))).not.toBe(nonce(first));

  expectSecurityHeaders(await request.get("/api/incidents?limit=1"), "/api/incidents");
  expectSecurityHeaders(await request.get((await script.getAttribute("src"))!), "a static script");
  expectSecurityHeaders(await request.get("/icon.svg"), "/icon.svg");
});

test("signed-out pages run without a CSP violation: the overview's map, an incident's map, trends, the bulletin, sign-in", async ({ page, makeIncident }) => {
  const reports = watchCsp(page);
  const id = await makeIncident({ title: "E2E csp: incident with a map" });

  await page.goto("/");
  const map = page.getByTestId("overview-map");
  await expect(map).toHaveAttribute("data-state", "ready");
  await expect(map.locator(".leaflet-control-attribution")).toBeVisible();
  await page.goto(`/incidents/${id}`);
  await expect(page.getByTestId("point-map").locator(".leaflet-control-attribution")).toBeVisible();
  await page.goto("/trends");
  await expect(page.getByRole("figure", { name: /^Killed per month by victim category/ })).toBeVisible();
  await page.goto("/bulletin?province=PK-KP&month=2024-03");
  await expect(page.getByRole("figure", { name: /^Map of the provinces/ })).toBeVisible();
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  expect(reports).toEqual([]);
});

test("an analyst's and an admin's pages run without a CSP violation: forms, import, from-article, users", async ({ page, signInAs }) => {
  const reports = watchCsp(page);
  await signInAs("admin");

  await page.goto("/incidents/new");
  await expect(page.getByTestId("location-picker").locator(".leaflet-control-attribution")).toBeVisible();
  // A refused save re-renders the form through its server action.
  await page.getByRole("button", { name: "Save incident" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter title" })).toBeVisible();

  await page.goto("/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import incidents" })).toBeVisible();

  // The extraction runs on the server's worker pool; its proposals and map render in the page.
  await page.goto("/incidents/new/from-article");
  await page.getByLabel("Article text").fill(article.text);
  await page.getByLabel("Article URL").fill(article.url);
  await page.getByRole("button", { name: "Propose values" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2. Review the proposals" })).toBeVisible();

  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  expect(reports).toEqual([]);
});
