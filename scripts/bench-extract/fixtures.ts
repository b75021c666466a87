import { extractArticle } from "@/lib/extract/extract-article";
import { loadFixtures } from "@/lib/extract/fixture-load";
import { FIELDS, scoreFixture, summarise } from "@/lib/extract/fixture-score";
import { pct, timePerArticle } from "./format";

/** The restated fixtures: accuracy per field against the targets; returns false when one is missed. */
export function benchFixtures(showMisses: boolean): boolean {
  const fixtures = loadFixtures();
  const run = (f: (typeof fixtures)[number]) => extractArticle({ text: f.text, url: f.url, publishedAt: f.publishedAt });
  const ms = timePerArticle(fixtures, run);

  const results = fixtures.map((f) => ({ f, scores: scoreFixture(f, run(f)) }));
  const summary = summarise(results.map((r) => r.scores));
  const late = summarise(results.filter((r) => r.f.split === "late").map((r) => r.scores));

  const reconstructed = fixtures.filter((f) => f.retrieval === "reconstructed").length;
  console.log(
    `1. Restated fixtures: ${fixtures.length} labelled reports (${reconstructed} reconstructed; ${late[0]?.total ?? 0} added after the extractor was built)\n`,
  );
  console.log(`${"field".padEnd(18)} ${"correct".padStart(9)} ${"accuracy".padStart(8)} ${"target".padStart(7)}  ok   ${"late set".padStart(9)}`);
  summary.forEach((s, i) => {
    const h = late[i]!;
    console.log(
      `${s.field.padEnd(18)} ${`${s.correct}/${s.total}`.padStart(9)} ${pct(s.accuracy)} ${pct(s.target)}  ${s.accuracy >= s.target ? "yes" : "NO "}  ${`${h.correct}/${h.total}`.padStart(9)}`,
    );
  });
  const overall = summary.reduce((n, s) => n + s.correct, 0) / summary.reduce((n, s) => n + s.total, 0);
  const perfect = results.filter((r) => FIELDS.every((f) => r.scores[f].correct)).length;
  console.log(
    `${"overall".padEnd(18)} ${`${perfect}/${results.length}`.padStart(9)} ${pct(overall)}          (articles with every field right; share of all field checks)`,
  );
  console.log(`\n${ms.toFixed(2)} ms per article`);

  const misses = results.flatMap(({ f, scores }) => FIELDS.filter((k) => !scores[k].correct).map((k) => ({ f, k, s: scores[k] })));
  if (showMisses && misses.length) {
    console.log("\nMisses:");
    for (const { f, k, s } of misses) console.log(`  ${f.slug}  ${k}: expected ${JSON.stringify(s.expected)}, got ${JSON.stringify(s.got)}`);
  }
  return summary.every((s) => s.accuracy >= s.target);
}
