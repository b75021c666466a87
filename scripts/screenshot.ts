import { chromium } from "@playwright/test";

/**
 * Saves full-page screenshots of the given paths, for looking at pages while building them:
 * `tsx scripts/screenshot.ts http://127.0.0.1:3000 out-dir / /incidents /incidents/1`
 * Tiles are blocked, as on an air-gapped network.
 */
async function main() {
  const [base, outDir, ...paths] = process.argv.slice(2);
  if (!base || !outDir || paths.length === 0) throw new Error("usage: screenshot.ts <base-url> <out-dir> <path>...");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"],
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  for (const [i, path] of paths.entries()) {
    await page.goto(new URL(path, base).toString(), { waitUntil: "networkidle" });
    const file = `${outDir}/${String(i).padStart(2, "0")}-${path.replace(/[^a-z0-9]+/gi, "_") || "home"}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await browser.close();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
