import { expect, test } from "./fixtures";

test("deletes an incident after confirmation and restores it from the trash", async ({ page, makeIncident, signInAs }) => {
  await signInAs("analyst");
  const title = "E2E trash: incident to delete";
  const id = await makeIncident({
    title,
    eventDate: "2019-02-20",
    latitude: 33.6,
    longitude: 73.05,
    location: "Rawalpindi",
    province: "Punjab",
    district: "Rawalpindi",
  });
  await page.goto(`/incidents/${id}`);

  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this incident?" });
  await expect(dialog).toContainText(title);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Move to trash" }).click();
  await expect(page).toHaveURL(/\/incidents\/trash$/);
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toBeVisible();
  expect((await page.request.get(`/api/incidents/${id}`)).status()).toBe(404);
  await page.goto("/incidents?q=E2E%20trash");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  await page.goto("/incidents/trash");
  await page.getByRole("button", { name: `Restore ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect((await page.request.get(`/api/incidents/${id}`)).status()).toBe(200);
  await page.goto("/incidents/trash");
  await expect(page.getByRole("row").filter({ hasText: title })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Delete opens a confirmation page whose button moves the incident to the trash", async ({ page, makeIncident, signInAs, db }) => {
    await signInAs("analyst");
    const title = "E2E trash: deleted without JavaScript";
    const id = await makeIncident({
      title,
      eventDate: "2019-02-21",
      latitude: 33.6,
      longitude: 73.05,
      location: "Rawalpindi",
      province: "Punjab",
      district: "Rawalpindi",
    });
    await page.goto(`/incidents/${id}`);

    await page.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Delete this incident?" })).toBeVisible();
    await expect(page.getByText(`“${title}” will move to the trash`)).toBeVisible();
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    expect((await db.incident.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();

    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Move to trash" }).click();
    await expect(page).toHaveURL(/\/incidents\/trash$/);
    await expect(page.getByRole("row").filter({ hasText: title })).toBeVisible();
    expect((await page.request.get(`/api/incidents/${id}`)).status()).toBe(404);
  });
});
