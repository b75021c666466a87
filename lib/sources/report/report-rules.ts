import { REPORTED_FIELDS } from "./reported-fields";
import { REPORTED_FACT_PATHS } from "./reported-facts";
import type { SourceReport } from "./report-schema";

type Problem = (path: (string | number)[], message: string) => void;
type ReportedSource = { outlet: string; archivedText?: string | null; report: SourceReport };

/**
 * Text compared as a reader sees it: runs of whitespace are one space, and typographic quotes and
 * apostrophes are plain ones, so a quote copied from a web page matches the pasted article.
 */
export function comparableText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether `quote` appears in `text`, whitespace collapsed. */
export function quoteInText(quote: string, text: string): boolean {
  return comparableText(text).includes(comparableText(quote));
}

/**
 * The rules of each source's report, reported on the field to fix: a category cannot exceed the same
 * source's own total, and a quote (of a figure or a fact) must be in the source's archived copy when it has one.
 */
export function checkSourceReports(sources: readonly ReportedSource[], problem: Problem) {
  sources.forEach((s, i) => {
    const figures = s.report.figures;
    const at = (path: string, key: "value" | "quote") => ["sources", i, "report", "figures", path, key];
    for (const f of REPORTED_FIELDS) {
      const figure = figures[f.path];
      if (!figure) continue;
      const total = figures[`${f.group}.total`];
      if (!f.isTotal && total && figure.value > total.value) {
        problem(at(f.path, "value"), `${figure.value} is more than the ${f.group} total that ${s.outlet || "this source"} itself reports (${total.value})`);
      }
      if (figure.quote && s.archivedText && !quoteInText(figure.quote, s.archivedText)) {
        problem(at(f.path, "quote"), `The quote is not in the archived copy of ${s.outlet || "this source"}`);
      }
    }
    for (const path of REPORTED_FACT_PATHS) {
      const fact = s.report.facts[path];
      if (fact?.quote && s.archivedText && !quoteInText(fact.quote, s.archivedText)) {
        problem(["sources", i, "report", "facts", path, "quote"], `The quote is not in the archived copy of ${s.outlet || "this source"}`);
      }
    }
  });
}
