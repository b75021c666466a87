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

/**
 * Pan and zoom to new clusters on the overview (docs/decisions/027): milliseconds from each move's
 * end (Leaflet's moveend, when the map asks for the new view) to its clusters drawn, read from the
 * performance marks the map sets (components/map/use-map-view-data.ts). Moves from the keyboard
 * (+ and -) and drags of most of a screen, each one needing a new answer, at 1366 x 900.
 */
export async function timeMapMoves(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
  const page = await context.newPage();
  const times: number[] = [];
  try {
    for (const [path, moves] of [
      ["/", ["+", "+", "+", "drag"]],
      ["/?map=8/34.0/71.5", ["drag", "+", "drag", "+", "-", "-", "drag"]],
    ] as const) {
      await page.goto(`${url}${path}`);
      await page.locator('[data-testid="overview-map"][data-state="ready"]').waitFor({ timeout: 60_000 });
      const container = page.locator('[data-testid="overview-map"] .leaflet-container');
      const box = (await container.boundingBox())!;
      for (const move of moves) {
        await page.evaluate(() => performance.clearMarks());
        if (move === "drag") {
          const [x, y] = [box.x + box.width * 0.85, box.y + box.height * 0.5];
          await page.mouse.move(x, y);
          await page.mouse.down();
          await page.mouse.move(x - box.width * 0.7, y - 40, { steps: 8 });
          await page.mouse.up();
        } else {
          await container.focus();
          await page.keyboard.press(move);
        }
        const handle = await page.waitForFunction(
          () => {
            const [moved] = performance.getEntriesByName("atlas-map-moveend");
            const drawn = performance.getEntriesByName("atlas-map-drawn").find((d) => moved && d.startTime >= moved.startTime);
            return moved && drawn ? drawn.startTime - moved.startTime : null;
          },
          undefined,
          { timeout: 30_000 },
        );
        times.push(Math.round(Number(await handle.jsonValue())));
      }
    }
    return times;
  } finally {
    await context.close();
  }
}
