import { codeFigures, killedEstimates, type CodedFigures } from "@/lib/sources/coding/coded-figures";
import type { FigureCoding } from "@/lib/sources/coding/coding-schema";
import type { SourceReport } from "@/lib/sources/report/report-schema";
import { valueAt } from "./fields/field-spec";

type Casualties = { killed: Record<string, number | null>; injured: Record<string, number | null> };
type WithReports = Casualties & {
  coding: FigureCoding;
  sources: readonly { url: string | null; datasetRecord?: string | null; outlet: string; publishedAt: string | null; report: SourceReport }[];
};

/** An incident's casualty figures coded from its sources' reports and the analyst's choices (one rule: coded-figures.ts). */
export function codedCasualties(d: WithReports): CodedFigures {
  return codeFigures(d.sources, d.coding, (path) => (valueAt(d, path) as number | null | undefined) ?? null);
}

/**
 * The incident with its casualty figures as coded: each reported figure's value by its rule, and the
 * killed estimates from the reports when any source states the killed total. What every writer stores.
 */
export function withCodedCasualties<T extends WithReports>(d: T, coded: CodedFigures = codedCasualties(d)): T {
  const killed = { ...d.killed };
  const injured = { ...d.injured };
  for (const f of Object.values(coded)) {
    const [group, part] = f.path.split(".") as ["killed" | "injured", string];
    (group === "killed" ? killed : injured)[part] = f.value;
  }
  const estimates = killedEstimates(coded["killed.total"]);
  if (estimates) Object.assign(killed, estimates);
  return { ...d, killed, injured };
}
