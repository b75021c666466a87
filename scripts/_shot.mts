import { chromium } from "@playwright/test";
const [base, out, width, zoomIns, query] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") console.log("console", m.type(), m.text()); });
await page.goto(base + (query ?? "/"), { waitUntil: "networkidle" });
await page.getByTestId("overview-map").and(page.locator('[data-state="ready"]')).waitFor();
await page.waitForSelector(".leaflet-container[data-labels]");
for (let i = 0; i < Number(zoomIns); i++) { await page.getByRole("button", { name: "Zoom in", exact: true }).click(); await page.waitForTimeout(600); }
await page.waitForTimeout(500);
console.log("zoom", await page.locator(".leaflet-container").getAttribute("data-zoom"), "labels", await page.locator(".leaflet-container").getAttribute("data-labels"));
await page.getByTestId("overview-map").scrollIntoViewIfNeeded();
await page.screenshot({ path: out });
await browser.close();
