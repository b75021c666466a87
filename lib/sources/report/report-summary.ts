import { figuresDisputed } from "./figures-disputed";
import type { SourceReport } from "./report-schema";

/** What the record says about its sources as a whole: how many, and whether their figures are disputed (exports carry both). */
export function reportSummary(sources: readonly { report: Pick<SourceReport, "figures"> }[]) {
  return { sourceCount: sources.length, figuresDisputed: figuresDisputed(sources) };
}
