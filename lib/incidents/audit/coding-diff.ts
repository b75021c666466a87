import { REPORTED_FIELDS } from "@/lib/sources/report/reported-fields";
import type { FigureCodingInput } from "@/lib/sources/coding/coding-schema";

type Choice = NonNullable<FigureCodingInput>[keyof NonNullable<FigureCodingInput>];

/** How a figure is coded, in the History's words: "by the reports' rule", "chosen: <url>", "set by the analyst: <reason>". */
function choiceWords(choice: Choice | undefined): string {
  if (choice?.rule === "analyst") return choice.reason ? `set by the analyst: ${choice.reason}` : "set by the analyst";
  if (choice?.sourceUrl) return `chosen from ${choice.sourceUrl}`;
  return "by the reports' rule";
}

/**
 * The figures whose coding changed between two versions (docs/decisions/016-coded-figures.md):
 * "killed (total) coded: by the reports' rule -> set by the analyst: a later statement". A value
 * that changed with it is in the History already, as its own field.
 */
export function codingChanges(before: FigureCodingInput | undefined, after: FigureCodingInput | undefined) {
  return REPORTED_FIELDS.flatMap(({ path, label }) => {
    const [a, b] = [choiceWords(before?.[path]), choiceWords(after?.[path])];
    return a === b ? [] : [{ kind: "changed" as const, path: `coding.${path}`, label: `${label.toLowerCase()} coded`, before: a, after: b }];
  });
}

/** Every figure coded otherwise than by the rule, in the same words: "killed (total): set by the analyst: …". */
export function codingSummary(coding: FigureCodingInput | undefined): string {
  const lines = REPORTED_FIELDS.flatMap(({ path, label }) => (coding?.[path] ? [`${label.toLowerCase()}: ${choiceWords(coding[path])}`] : []));
  return lines.length ? lines.join("; ") : "every figure by the reports' rule";
}
