import { extractArticle } from "@/lib/extract/extract-article";
import type { RealArticleWithText } from "@/lib/extract/real-articles/load";
import { calibrate, REAL_FIELDS, REAL_TARGETS, scoreRealArticle, summariseReal, TOP3_TARGET } from "@/lib/extract/real-articles/score";
import { pct, timePerArticle } from "./format";

/** One half of the real-article set: accuracy and top-3 per field, speed, calibration, and optionally each miss. */
export function benchRealSet(title: string, articles: readonly RealArticleWithText[], showMisses: boolean): void {
  const run = (a: RealArticleWithText) => extractArticle({ text: a.text, url: a.url, publishedAt: a.publishedAt });
  const ms = timePerArticle(articles, run);
  const results = articles.map((a) => ({ a, r: scoreRealArticle(a, run(a)) }));

  console.log(`\n${title}: ${articles.length} real reports\n`);
  console.log(`${"field".padEnd(12)} ${"correct".padStart(8)} ${"accuracy".padStart(8)} ${"target".padStart(7)}  ok   ${"top-3".padStart(13)}`);
  for (const s of summariseReal(results.map((x) => x.r))) {
    const acc = s.total ? s.correct / s.total : 0;
    const top3 = `${s.top3}/${s.total} ${pct(s.total ? s.top3 / s.total : 0)}`;
    console.log(
      `${s.field.padEnd(12)} ${`${s.correct}/${s.total}`.padStart(8)} ${pct(acc)} ${pct(REAL_TARGETS[s.field])}  ${acc >= REAL_TARGETS[s.field] ? "yes" : "NO "}  ${top3.padStart(13)}`,
    );
  }
  console.log(`(top-3: right or among the first two alternatives, target ${pct(TOP3_TARGET).trim()}; ${ms.toFixed(2)} ms per article)`);
  const undated = results.filter((x) => !x.a.publishedAt);
  if (undated.length) {
    // A page with no date that names only a weekday gives no day to read; the label's came from elsewhere.
    const dated = results.filter((x) => x.a.publishedAt);
    const right = (xs: typeof results) => xs.filter((x) => x.r.eventDate.correct).length;
    console.log(
      `eventDate on the ${dated.length} reports with a publication date: ${right(dated)}/${dated.length} ${pct(dated.length ? right(dated) / dated.length : 0).trim()}; ` +
        `on the ${undated.length} without one: ${right(undated)}/${undated.length}`,
    );
  }

  console.log(`\nCalibration (every field that proposed a value):`);
  for (const c of calibrate(results.map((x) => x.r)))
    console.log(
      `  ${c.level.padEnd(7)} ${`${c.right}/${c.proposed}`.padStart(8)} right ${c.proposed ? pct(c.right / c.proposed) : "    n/a"}${c.level === "high" ? "   (target: at least 90%)" : ""}`,
    );

  if (!showMisses) return;
  console.log("\nMisses:");
  for (const { a, r } of results)
    for (const f of REAL_FIELDS) if (!r[f].correct) console.log(`  ${a.id}  ${f}: expected ${JSON.stringify(r[f].expected)}, got ${JSON.stringify(r[f].got)}`);
}
