import { expect, test } from "./fixtures";
import { signInContext } from "./auth-session";

test("a viewer sees no edit, delete, new, trash or import controls, and is told the edit page needs analyst access", async ({
  page,
  signInAs,
  makeIncident,
}) => {
  await signInAs("viewer");
  const id = await makeIncident({ title: "E2E viewer: read only", eventDate: "2017-06-06" });
  await page.goto(`/incidents/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "E2E viewer: read only" })).toBeVisible();
  await expect(page.getByRole("link", { name: "History" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Incidents" })).toBeVisible();
  for (const name of ["New incident", "New from article", "Trash", "Import"]) await expect(nav.getByRole("link", { name })).toHaveCount(0);

  for (const path of [`/incidents/${id}/edit`, "/incidents/new", "/incidents/trash", "/import"]) {
    await page.goto(path);
    await expect(page.getByText("You need analyst access to do this.")).toBeVisible();
  }
});

test("signed out, the write pages send you to sign in and come back", async ({ page, makeIncident }) => {
  const id = await makeIncident({ title: "E2E viewer: anonymous", eventDate: "2017-06-07" });
  await page.goto(`/incidents/${id}`);
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await page.goto(`/incidents/${id}/edit`);
  await expect(page).toHaveURL(new RegExp(`/login\\?next=%2Fincidents%2F${id}%2Fedit$`));
});

test("a viewer's direct POST is refused: the API answers 403 and the delete form action changes nothing", async ({
  page,
  browser,
  signInAs,
  makeUser,
  makeIncident,
  db,
  baseURL,
}) => {
  const id = await makeIncident({ title: "E2E viewer: direct post", eventDate: "2017-06-08" });
  const otherId = await makeIncident({ title: "E2E viewer: analyst control", eventDate: "2017-06-09" });

  // The delete form as an analyst's page renders it: the action reference Next puts in hidden inputs.
  const analyst = await browser.newContext();
  await signInContext(db, analyst, baseURL!, (await makeUser("analyst")).id);
  const analystPage = await analyst.newPage();
  const deleteForm = async (incidentId: number) => {
    await analystPage.goto(`/incidents/${incidentId}`);
    const fields = await analystPage
      .getByRole("dialog", { name: "Delete this incident?", includeHidden: true })
      .locator('input[type="hidden"]')
      .evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value]));
    expect(fields.length).toBeGreaterThan(0);
    return Object.fromEntries(fields) as Record<string, string>;
  };

  await signInAs("viewer");
  const auditBefore = await db.auditEvent.count();
  const api = await page.request.post("/api/incidents", { data: {}, headers: { origin: baseURL! } });
  expect(api.status()).toBe(403);
  expect((await api.json()).error.code).toBe("forbidden");

  await page.request.post(`/incidents/${id}`, { multipart: await deleteForm(id), headers: { origin: baseURL! }, maxRedirects: 0 });
  expect(await db.incident.findUnique({ where: { id }, select: { deletedAt: true } })).toEqual({ deletedAt: null });
  expect(await db.auditEvent.count()).toBe(auditBefore);

  // The same post from the analyst does delete: the refusal above is the guard, not a malformed request.
  await analystPage.request.post(`/incidents/${otherId}`, { multipart: await deleteForm(otherId), headers: { origin: baseURL! }, maxRedirects: 0 });
  expect((await db.incident.findUnique({ where: { id: otherId }, select: { deletedAt: true } }))?.deletedAt).not.toBeNull();
  await analyst.close();
});
