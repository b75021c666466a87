/**
 * Accuracy and speed of the article extractor, on three sets reported separately: the restated
 * fixtures (committed), and the development and test halves of the real-article set (texts kept
 * locally in data/real-articles/, see docs/decisions/011).
 *
 *   npm run bench:extract                      all three sets
 *   npm run bench:extract -- --sets=fixtures,dev --misses    while tuning: never look at the test half's misses
 *
 * Exits non-zero when a restated-fixture field misses its target (CI runs only that set).
 */
import { loadRealArticles, REAL_TEXTS_DIR } from "@/lib/extract/real-articles/load";
import { benchFixtures } from "./bench-extract/fixtures";
import { benchRealSet } from "./bench-extract/real";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}`))?.split("=")[1];
const sets = new Set((arg("sets") ?? "fixtures,dev,test").split(","));
const misses = process.argv.some((a) => a.startsWith("--misses"));
const testMisses = arg("misses") === "test";

let ok = true;
if (sets.has("fixtures")) ok = benchFixtures(misses);

if (sets.has("dev") || sets.has("test")) {
  const { articles, missing } = loadRealArticles();
  if (!articles.length) {
    console.log(`\nReal-article sets: not scored. Their texts are not in ${REAL_TEXTS_DIR} (they are third-party text and never committed).`);
    console.log("Put <id>.txt files there, or set REAL_ARTICLES_DIR, to score the development and test halves.");
  } else {
    if (missing.length) console.log(`\nReal-article sets: ${missing.length} texts missing from ${REAL_TEXTS_DIR}: ${missing.join(", ")}`);
    if (sets.has("dev"))
      benchRealSet(
        "2. Real articles, development half",
        articles.filter((a) => a.split === "dev"),
        misses,
      );
    if (sets.has("test"))
      benchRealSet(
        "3. Real articles, test half (not used for tuning)",
        articles.filter((a) => a.split === "test"),
        testMisses,
      );
  }
}
if (!ok) process.exitCode = 1;
