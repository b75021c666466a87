import { expect, test } from "./fixtures";

/**
 * ATLAS_PUBLIC_READ=false, against the second e2e server (same build and database, started by
 * playwright.config.ts with reading made private).
 */
test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_PRIVATE_PORT}` });

test("signed out, every page sends you to sign in, and you come back after signing in", async ({ page, makeUser, makeIncident }) => {
  const id = await makeIncident({ title: "E2E private: behind sign-in", eventDate: "2018-02-02" });
  for (const path of ["/", "/incidents", `/incidents/${id}`, "/trends", "/provinces/PK-KP", "/actors/1", "/api/docs"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(path)}$`));
  }
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByText("E2E private: behind sign-in")).toHaveCount(0);

  const user = await makeUser("viewer", "Private Reader");
  await page.goto(`/incidents/${id}`);
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}$`));
  await expect(page.getByRole("heading", { level: 1, name: "E2E private: behind sign-in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Your account: Private Reader viewer" })).toBeVisible();
});

test("signed out, the API answers 401 in the API's error shape; sign-in and invitation pages stay open", async ({ request, page }) => {
  for (const path of ["/api/incidents", "/api/incidents/1", "/api/export.json", "/api/export/reports.csv", "/api/openapi.json"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(401);
    expect(await response.json(), path).toEqual({ error: { code: "unauthorized", message: expect.stringMatching(/sign in/i) } });
  }
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  // The tab's icon loads for a signed-out visitor too (it is not sent to sign in).
  const icon = await request.get((await page.locator('head link[rel="icon"]').first().getAttribute("href"))!, { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  await page.goto(`/invite/${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Invitation link not valid" })).toBeVisible();
});

test("a signed-in viewer reads pages and the API; an API token reads the API", async ({ page, signInAs, apiTokenAs, makeIncident, request }) => {
  const id = await makeIncident({ title: "E2E private: for members", eventDate: "2018-02-03" });
  await signInAs("viewer");
  await page.goto(`/incidents/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "E2E private: for members" })).toBeVisible();
  const viaCookie = await page.request.get(`/api/incidents/${id}`);
  expect(viaCookie.status()).toBe(200);
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();

  const { headers } = await apiTokenAs("viewer");
  const viaToken = await request.get(`/api/incidents/${id}`, { headers });
  expect(viaToken.status()).toBe(200);
  expect((await request.get("/api/openapi.json", { headers })).status()).toBe(200);
});
