import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * The server clusters the map per view and zoom (docs/decisions/027): a cluster zoomed into is
 * refined into smaller clusters with exact counts, then into its incidents. The incidents sit in the
 * Chagai desert, away from the seeded ones, and carry a word only their titles hold.
 */
const map = (page: Page) => page.getByTestId("overview-map");
const clusters = (page: Page) => map(page).getByRole("button", { name: /incidents, .* killed: zoom in$/ });
const points = (page: Page) => map(page).getByRole("button", { name: /: details$/ });

test("clicking a cluster zooms in and splits it into clusters with exact counts, then into its incidents", async ({ page, makeIncident }) => {
  // Two groups of six, 150 km apart, each spread over a few hundred metres; 7 killed each (the factory's).
  for (const [group, lng] of [
    [0, 63.02],
    [1, 64.52],
  ] as const) {
    for (let n = 0; n < 6; n++)
      await makeIncident({ title: `E2E clusters Yarkhun ${group}-${n}`, latitude: 28.95 + n * 0.004, longitude: lng + (n % 2) * 0.004 });
  }
  const requests: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/incidents/map") requests.push(r.url());
  });
  await page.goto("/?q=Yarkhun");
  await expect(map(page)).toHaveAttribute("data-state", "ready");
  await expect(map(page)).toHaveAttribute("data-points", "12");
  await expect(clusters(page)).toHaveCount(1);
  await expect(clusters(page)).toHaveAccessibleName("12 incidents, 84 killed: zoom in");
  await map(page).screenshot({ path: test.info().outputPath("cluster-before.png") });
  const asked = requests.length;

  await clusters(page).click();
  // The map asked the server for the closer view, and draws the two groups apart, six in each.
  await expect(clusters(page)).toHaveCount(2);
  await expect(clusters(page).first()).toHaveAccessibleName("6 incidents, 42 killed: zoom in");
  await expect(clusters(page).last()).toHaveAccessibleName("6 incidents, 42 killed: zoom in");
  expect(requests.length).toBeGreaterThan(asked);
  expect(new URL(requests.at(-1)!).searchParams.get("q")).toBe("Yarkhun");
  await expect(map(page)).toHaveAttribute("data-points", "12");
  await map(page).screenshot({ path: test.info().outputPath("cluster-refined.png") });

  // Zooming into one of them, until its incidents show one by one (their keyboard targets count them).
  for (let step = 0; step < 8 && (await clusters(page).count()) > 0; step++) {
    const before = requests.length;
    await clusters(page).first().click();
    await expect.poll(() => requests.length).toBeGreaterThan(before);
    await expect(map(page)).toHaveAttribute("data-state", "ready");
  }
  await expect(clusters(page)).toHaveCount(0);
  await map(page).locator(".leaflet-container").focus();
  await page.keyboard.press("Tab");
  await expect(points(page)).toHaveCount(6);
  await map(page).screenshot({ path: test.info().outputPath("cluster-points.png") });
});

test("the map's clusters endpoint refuses a malformed or huge view with a clear message", async ({ request }) => {
  const bad = await request.get("/api/incidents/map?bbox=1,2,3&zoom=5");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { code: "bad_request", fields: { bbox: ["bbox must be four numbers: west,south,east,north (degrees)"] } } });
  const huge = await request.get("/api/incidents/map?bbox=-180,-85,180,85&zoom=12");
  expect(huge.status()).toBe(400);
  expect(JSON.stringify(await huge.json())).toContain("bbox is too large for zoom 12");
  const ok = await request.get("/api/incidents/map?bbox=45,15,92,46&zoom=6");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.total).toBeGreaterThan(0);
  expect(body.clusters.reduce((sum: number, c: number[]) => sum + c[2]!, 0) + body.points.length).toBe(body.total);
});
