/**
 * Accuracy and speed of the article extractor on the labelled set in tests/fixtures/articles.
 * Run with `npm run bench:extract`; exits non-zero when a field misses the issue's target.
 */
import { extractArticle } from "@/lib/extract/extract-article";
import { loadFixtures } from "@/lib/extract/fixture-load";
import { FIELDS, scoreFixture, summarise } from "@/lib/extract/fixture-score";

const ROUNDS = 5;
const fixtures = loadFixtures();
const run = (f: (typeof fixtures)[number]) => extractArticle({ text: f.text, url: f.url, publishedAt: f.publishedAt });

run(fixtures[0]!); // builds the gazetteer index once, outside the timing
const started = performance.now();
for (let i = 0; i < ROUNDS; i++) fixtures.forEach(run);
const msPerArticle = (performance.now() - started) / (ROUNDS * fixtures.length);

const results = fixtures.map((f) => ({ f, scores: scoreFixture(f, run(f)) }));
const summary = summarise(results.map((r) => r.scores));
const late = summarise(results.filter((r) => r.f.split === "late").map((r) => r.scores));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

const reconstructed = fixtures.filter((f) => f.retrieval === "reconstructed").length;
const added = late[0]?.total ?? 0;
console.log(`Article extractor on ${fixtures.length} labelled reports (${reconstructed} reconstructed; ${added} added after the extractor was built)\n`);
console.log(`${"field".padEnd(18)} ${"correct".padStart(9)} ${"accuracy".padStart(8)} ${"target".padStart(7)}  ok   ${"late set".padStart(9)}`);
summary.forEach((s, i) => {
  const h = late[i]!;
  console.log(`${s.field.padEnd(18)} ${`${s.correct}/${s.total}`.padStart(9)} ${pct(s.accuracy)} ${pct(s.target)}  ${s.accuracy >= s.target ? "yes" : "NO "}  ${`${h.correct}/${h.total}`.padStart(9)}`);
});
const overall = summary.reduce((n, s) => n + s.correct, 0) / summary.reduce((n, s) => n + s.total, 0);
const perfect = results.filter((r) => FIELDS.every((f) => r.scores[f].correct)).length;
console.log(`${"overall".padEnd(18)} ${`${perfect}/${results.length}`.padStart(9)} ${pct(overall)}          (articles with every field right; share of all field checks)`);
console.log(`\n${msPerArticle.toFixed(2)} ms per article (mean of ${ROUNDS} rounds)`);

const misses = results.flatMap(({ f, scores }) => FIELDS.filter((k) => !scores[k].correct).map((k) => ({ f, k, s: scores[k] })));
if (misses.length) {
  console.log("\nMisses:");
  for (const { f, k, s } of misses) console.log(`  ${f.slug}  ${k}: expected ${JSON.stringify(s.expected)}, got ${JSON.stringify(s.got)}`);
}
if (summary.some((s) => s.accuracy < s.target)) process.exitCode = 1;
