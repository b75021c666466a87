import { expect, test } from "./fixtures";

test("a path no page answers shows the site's not-found page with status 404 and a way back", async ({ page }) => {
  for (const path of ["/no-such-page", "/incidents/1/no-such-tab", "/admin/nothing-here"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page).toHaveTitle("Page not found · Incident Atlas");
  }
  // In the site's frame: the header's navigation stays, and the way back leads to the overview.
  await expect(page.getByRole("navigation").first()).toBeVisible();
  await page.getByRole("link", { name: "Go to the overview" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("an unknown incident keeps its own not-found page", async ({ page }) => {
  expect((await page.goto("/incidents/999999"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Incident not found" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Page not found" })).toHaveCount(0);
});
