import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { expect, test } from "./fixtures";

/**
 * The monthly bulletin (issue #16, part 4) over the demo data: March 2024 in Khyber Pakhtunkhwa names
 * the Mir Ali attack with its sources, every headline number links to its incidents, it prints on A4
 * without the navigation, and /bulletin.pdf is a PDF made on the server whose text names the attack
 * and an outlet (pdftotext) and whose first page renders (pdftoppm). Reads the seed only; changes nothing.
 */
const MARCH_KP = "/bulletin?province=PK-KP&month=2024-03";
const MIR_ALI = "Suicide truck-bomb and gun attack on security post in Mir Ali";

test("the March 2024 bulletin for Khyber Pakhtunkhwa names the Mir Ali attack with its sources and links its numbers", async ({ page }) => {
  await page.goto(MARCH_KP);
  await expect(page.getByRole("heading", { level: 1, name: "Bulletin: March 2024" })).toBeVisible();
  await expect(page.getByText("Province: Khyber Pakhtunkhwa", { exact: true }).first()).toBeVisible();

  const deadliest = page.getByRole("region", { name: /deadliest incident/ });
  await expect(deadliest.getByRole("link", { name: MIR_ALI })).toHaveAttribute("href", /^\/incidents\/\d+$/);
  const sources = deadliest.getByRole("list", { name: `Sources for ${MIR_ALI}` });
  await expect(sources.getByRole("link", { name: "Dawn" }).first()).toHaveAttribute("href", /^https:\/\/www\.dawn\.com\//);

  const claims = page.getByRole("region", { name: "New claims and allegations" });
  await expect(claims.getByText("Khawaja Asif", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Method" }).getByText("Disputed figures.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Map: incidents per province" }).getByRole("row", { name: /Khyber Pakhtunkhwa/ })).toBeVisible();

  const headline = page.getByRole("region", { name: "Headline figures" });
  const incidents = headline.getByRole("definition").first().getByRole("link");
  await expect(incidents).toHaveAttribute("href", "/incidents?province=PK-KP&from=2024-03-01&to=2024-03-31");
  await expect(headline.getByText(/on the previous month/).first()).toBeVisible();
  await incidents.click();
  await expect(page).toHaveURL(/\/incidents\?province=PK-KP&from=2024-03-01&to=2024-03-31$/);
  await expect(page.getByRole("link", { name: MIR_ALI })).toBeVisible();
});

test("a bad month is named on its field and the rest of the filter still applies; the PDF refuses it with the same message", async ({ page, request }) => {
  await page.goto("/bulletin?province=PK-KP&month=2024-13");
  await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toContainText("month must be a month as YYYY-MM, such as 2024-03");
  await expect(page.getByText("Province: Khyber Pakhtunkhwa", { exact: true }).first()).toBeVisible();

  const response = await request.get("/bulletin.pdf?province=PK-KP&month=March");
  expect(response.status()).toBe(400);
  expect((await response.json()).error.fields).toEqual({ month: ["month must be a month as YYYY-MM, such as 2024-03"] });
});

test("the PDF downloads from the page, opens, names the Mir Ali attack and an outlet, and its first page renders", async ({ page }, testInfo) => {
  await page.goto(MARCH_KP);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("incident-atlas-bulletin-2024-03-01-2024-03-31.pdf");
  const file = testInfo.outputPath("bulletin.pdf");
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain("Incident Atlas bulletin: March 2024");
  expect(text).toContain("Mir Ali");
  expect(text).toContain("Dawn");
  // Footnotes name the incidents behind the numbers and link to them in the Atlas.
  expect(text).toMatch(/\[1\] Incidents, March 2024: \d+ incidents?\. #\d+ Suicide truck-bomb/);
  // A long address may wrap at the line's end.
  expect(text.replace(/\s+/g, "")).toContain("/incidents?province=PK-KP&from=2024-03-01&to=2024-03-31");

  const image = testInfo.outputPath("page");
  execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", file, image]);
  expect(statSync(`${image}.png`).size).toBeGreaterThan(5_000);
});

test("it prints on A4 without the navigation or the filters", async ({ page }, testInfo) => {
  await page.goto(MARCH_KP);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("search", { name: "Filter incidents" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Download PDF" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Bulletin: March 2024" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("bulletin-print.png"), fullPage: true });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("the overview and the trends page link to the bulletin for their filter", async ({ page }) => {
  await page.goto("/trends?province=PK-KP");
  await expect(page.getByRole("link", { name: "Bulletin for this filter" })).toHaveAttribute("href", "/bulletin?province=PK-KP");
  await page.goto("/?province=PK-KP");
  await page.getByRole("link", { name: "Bulletin for this filter" }).click();
  await expect(page).toHaveURL(/\/bulletin\?province=PK-KP$/);
  // No month: the month of the latest incident in the filter.
  await expect(page.getByRole("heading", { level: 1, name: /^Bulletin: \w+ \d{4}$/ })).toBeVisible();
});
