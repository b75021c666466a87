import { chromium, type Browser } from "@playwright/test";

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"],
  });
}

/**
 * Milliseconds from navigation until `selector` carries data-state="ready" (the map has drawn its
 * points), in a fresh context each time (cold cache), tiles blocked. null when it exceeds the timeout.
 */
export async function timeToReady(browser: Browser, url: string, testId: string, timeoutMs: number): Promise<number | null> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
  const page = await context.newPage();
  try {
    const start = Date.now();
    await page.goto(url, { waitUntil: "commit", timeout: timeoutMs });
    await page.locator(`[data-testid="${testId}"][data-state="ready"]`).waitFor({ timeout: Math.max(1, timeoutMs - (Date.now() - start)) });
    // Interactive: the main thread answers (a frame gets painted) after the markers are in.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    return Date.now() - start;
  } catch {
    return null;
  } finally {
    await context.close();
  }
}
