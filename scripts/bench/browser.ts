import { chromium, type Browser } from "@playwright/test";

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"],
  });
}

/** Time to a drawn, answering map: from the browser's navigation start, and from our goto() call. */
export type ReadyTime = { fromNavigation: number; wall: number };

/**
 * Milliseconds until `selector` carries data-state="ready" (the map has drawn its points) and the
 * main thread then paints a frame, in a fresh context each time (cold cache), tiles blocked. null
 * when it exceeds the timeout. `fromNavigation` is the page's own clock (performance.now(), zero at
 * navigation start, as web performance metrics count), read by a MutationObserver in the page: a
 * Playwright locator wait polls, up to 500 ms apart, and would add its polling interval to the figure.
 * `wall` also counts Playwright opening the page.
 */
export async function timeToReady(browser: Browser, url: string, testId: string, timeoutMs: number): Promise<ReadyTime | null> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
  await context.addInitScript((selector: string) => {
    const w = window as unknown as { __readyAt?: number };
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      // Interactive: the main thread answers (a frame gets painted) after the markers are in.
      requestAnimationFrame(() => (w.__readyAt = performance.now()));
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-state"] });
  }, `[data-testid="${testId}"][data-state="ready"]`);
  const page = await context.newPage();
  try {
    const start = Date.now();
    await page.goto(url, { waitUntil: "commit", timeout: timeoutMs });
    const readyAt = await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt, undefined, {
      timeout: Math.max(1, timeoutMs - (Date.now() - start)),
    });
    return { fromNavigation: Math.round(Number(await readyAt.jsonValue())), wall: Date.now() - start };
  } catch {
    return null;
  } finally {
    await context.close();
  }
}
