import { loadFixtures } from "@/lib/extract/fixture-load";
import { MAX_ARTICLE_CHARS } from "@/lib/extract/schema";

/**
 * A long, realistic article for load tests: the labelled fixture articles one after another, cut
 * to `chars` (by default just under the limit), so the extractor does its full work on every part.
 */
export function largeArticle(chars = MAX_ARTICLE_CHARS - 1_000): string {
  const texts = loadFixtures().map((f) => f.text);
  let out = "";
  for (let i = 0; out.length < chars; i++) out += `${texts[i % texts.length]}\n\n`;
  return out.slice(0, chars);
}
