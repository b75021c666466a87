import { NUMBER_PATTERN, parseNumber } from "./number-words";
import type { Role } from "./casualty-mentions";

const KILLED_TOLL = new RegExp(
  `\\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|killed|martyrs))\\b[^.;]{0,60}?\\b(?:to|at|reached)\\s+(?:at least\\s+)?(${NUMBER_PATTERN})\\b`,
  "i",
);
// "The number of deaths from the strikes in the eastern province has increased to 44": a verb of
// rising ties the figure to the toll across a longer span.
const RISEN_TOLL = new RegExp(
  `\\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|killed|martyrs))\\b[^.;]{0,110}?\\b(?:(?:rose|risen|rises|rising|increased|increases|climbed|climbs|jumped|went up|gone up)\\s+to|(?:has |have |had )?(?:now )?reached)\\s+(?:at least\\s+)?(${NUMBER_PATTERN})\\b`,
  "i",
);
const INJURED_TOLL = new RegExp(`\\bnumber of (?:the )?(?:injured|wounded)\\b[^.;]{0,40}?\\b(?:to|at|reached)\\s+(?:at least\\s+)?(${NUMBER_PATTERN})\\b`, "i");

/** "the death toll rose to 54", "the number of injured had risen to 221": a total, whoever the dead were. */
export function findToll(text: string): { role: Role; count: number }[] {
  const out: { role: Role; count: number }[] = [];
  for (const [role, re] of [
    ["killed", KILLED_TOLL],
    ["injured", INJURED_TOLL],
  ] as const) {
    const match = re.exec(text) ?? (role === "killed" ? RISEN_TOLL.exec(text) : null);
    const count = parseNumber(match?.[1] ?? "");
    if (count !== null) out.push({ role, count });
  }
  return out;
}
