/**
 * Accuracy and speed of the article extractor, on sets reported separately: the restated fixtures
 * (committed), and the development half, the test half, the held-out set, the unseen set, the fresh set, the blind set, the reserve set, the spare set, the sealed set, the locked set, the vault set and the annex set of the
 * real-article set (texts kept locally in data/real-articles/, see docs/decisions/011).
 *
 *   npm run bench:extract                      the first four sets (a real set only when its texts are present)
 *   npm run bench:extract -- --sets=fixtures,dev --misses    while tuning: never look at the test half's or the held-out set's misses
 *   npm run bench:extract -- --sets=unseen     the unseen set, only when asked: scored once, at the end of a round
 *   npm run bench:extract -- --sets=fresh      the fresh set, only when asked: built after the unseen set was scored, scored once
 *   npm run bench:extract -- --sets=blind      the blind set, only when asked: built while the fresh set was tuned on, scored once
 *   npm run bench:extract -- --sets=reserve    the reserve set, only when asked: built while the blind set was tuned on, scored once
 *   npm run bench:extract -- --sets=spare      the spare set, only when asked: built while the reserve set was tuned on, scored once
 *   npm run bench:extract -- --sets=sealed     the sealed set, only when asked: built while the spare set was tuned on, scored once
 *   npm run bench:extract -- --sets=locked     the locked set, only when asked: built while the round after the sealed set was tuned, scored once
 *   npm run bench:extract -- --sets=vault      the vault set, only when asked: built while the round on the locked set was tuned, scored once
 *   npm run bench:extract -- --sets=annex      the annex set, only when asked: built while the round on the vault set was tuned, scored once
 *   npm run bench:extract -- --sets=blind --ids=odd --misses=blind    one half of the blind set (odd or even ids), tuning on one, checking on the other
 *   npm run bench:extract -- --sets=blind,reserve --ids=odd --halve=reserve   only the reserve set halved; the blind set whole, as a check
 *   npm run bench:extract -- --sets=blind,reserve,spare --ids=odd --halve=spare   only the spare set halved (the round on the spare set)
 *   npm run bench:extract -- --sets=sealed --ids=odd --misses=sealed   one half of the sealed set (the round on the sealed set)
 *
 * Exits non-zero when a restated-fixture field misses its target (CI runs only that set).
 */
import { loadRealArticles, REAL_TEXTS_DIR } from "@/lib/extract/real-articles/load";
import type { RealSplit } from "@/lib/extract/real-articles/schema";
import { benchFixtures } from "./bench-extract/fixtures";
import { inIdHalf, parseHalvedSets, parseIdHalf } from "./bench-extract/id-half";
import { benchRealSet } from "./bench-extract/real";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}`))?.split("=")[1];
const sets = new Set((arg("sets") ?? "fixtures,dev,test,holdout").split(","));
const misses = process.argv.some((a) => a.startsWith("--misses"));
/** Only the sets tuned on by halves are split (decision 011): the blind, the reserve, the spare, the sealed, the locked and the vault sets, or those named by --halve. */
const idHalf = parseIdHalf(arg("ids"));
const halved = parseHalvedSets(arg("halve"));

/** The real sets; the development half's misses print with any --misses, the others' only when named (--misses=test, --misses=holdout, --misses=unseen, --misses=fresh, --misses=blind, --misses=reserve, --misses=spare, --misses=sealed, --misses=locked, --misses=vault, --misses=annex). */
const REAL_SET_TITLES: readonly { split: RealSplit; title: string }[] = [
  { split: "dev", title: "2. Real articles, development half" },
  { split: "test", title: "3. Real articles, former test half (tuning data since the held-out set, decision 011)" },
  { split: "holdout", title: "4. Real articles, held-out set (built after the test half was seen; tuning data since the unseen set, decision 011)" },
  { split: "unseen", title: "5. Real articles, unseen set (built after the held-out set; scored once, only with --sets=unseen)" },
  { split: "fresh", title: "6. Real articles, fresh set (built after the unseen set was scored; scored once, only with --sets=fresh)" },
  { split: "blind", title: "7. Real articles, blind set (built while the fresh set was tuned on; scored once, only with --sets=blind)" },
  { split: "reserve", title: "8. Real articles, reserve set (built while the blind set was tuned on; scored once, only with --sets=reserve)" },
  { split: "spare", title: "9. Real articles, spare set (built while the reserve set was tuned on; scored once, only with --sets=spare)" },
  { split: "sealed", title: "10. Real articles, sealed set (built while the spare set was tuned on; scored once, only with --sets=sealed)" },
  { split: "locked", title: "11. Real articles, locked set (built while the round after the sealed set was tuned; scored once, only with --sets=locked)" },
  { split: "vault", title: "12. Real articles, vault set (built while the locked set was tuned on; scored once, only with --sets=vault)" },
  { split: "annex", title: "13. Real articles, annex set (built while the vault set was tuned on; scored once, only with --sets=annex)" },
];
const REAL_SETS = REAL_SET_TITLES.map((s) => ({ ...s, showMisses: s.split === "dev" ? misses : arg("misses") === s.split }));

let ok = true;
if (sets.has("fixtures")) ok = benchFixtures(misses);

const wanted = REAL_SETS.filter((s) => sets.has(s.split));
if (wanted.length) {
  const { articles, missing } = loadRealArticles();
  if (!articles.length) {
    console.log(`\nReal-article sets: not scored. Their texts are not in ${REAL_TEXTS_DIR} (they are third-party text and never committed).`);
    console.log(
      "Put <id>.txt files there, or set REAL_ARTICLES_DIR, to score the real-article sets (the unseen, fresh, blind, reserve, spare, sealed, locked, vault and annex sets only with --sets=unseen, --sets=fresh, --sets=blind, --sets=reserve, --sets=spare, --sets=sealed, --sets=locked, --sets=vault or --sets=annex).",
    );
  } else
    for (const set of wanted) {
      const isHalved = idHalf !== undefined && halved.has(set.split);
      const inHalf = (id: string) => !isHalved || inIdHalf(id, idHalf);
      const present = articles.filter((a) => a.split === set.split && inHalf(a.id));
      const absent = missing.filter((a) => a.split === set.split && inHalf(a.id)).map((a) => a.id);
      if (!present.length) {
        console.log(`\n${set.title}: not scored, its texts are not in ${REAL_TEXTS_DIR}.`);
        continue;
      }
      if (absent.length) console.log(`\n${set.title}: ${absent.length} texts missing from ${REAL_TEXTS_DIR}: ${absent.join(", ")}`);
      const title = isHalved ? `${set.title}, ${idHalf} ids only` : set.title;
      benchRealSet(title, present, set.showMisses);
    }
}
if (!ok) process.exitCode = 1;
