import { REPORTED_FIELDS } from "@/lib/sources/report/reported-fields";
import type { CodedFigures } from "./coded-figures";
import type { FigureCoding } from "./coding-schema";

type Problem = (path: (string | number)[], message: string) => void;

/**
 * The rules of the coding, on the control to fix: a value the analyst sets needs a short reason,
 * and a chosen source must be one of the incident's sources that states the figure.
 */
export function checkFigureCoding(coding: FigureCoding, coded: CodedFigures, problem: Problem) {
  for (const { path, label } of REPORTED_FIELDS) {
    const choice = coding[path];
    if (!choice) continue;
    if (choice.rule === "analyst" && !choice.reason) {
      problem(["coding", path, "reason"], `Say in a few words why you set ${label.toLowerCase()} yourself`);
    }
    if (choice.rule === "reports" && choice.sourceUrl && !coded[path].chosen) {
      problem(["coding", path, "sourceUrl"], `Choose one of this incident's sources that reports ${label.toLowerCase()}`);
    }
  }
}
