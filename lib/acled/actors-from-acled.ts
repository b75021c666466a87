import type { IncidentActorInput } from "@/lib/actors/schema";
import type { ActorRole } from "@/lib/taxonomy/actor-roles";
import { actorCategoryFromAcled } from "./actor-categories";
import type { AcledRow } from "./columns";

/**
 * ACLED's actor1 (with assoc_actor_1) as perpetrators and actor2 (with assoc_actor_2) as targets.
 * ACLED codes them as reported, so the certainty is "confirmed" as ACLED has it; imported rows are
 * drafts an analyst reviews (docs/decisions/004-acled-import.md). Associated actors share the main
 * actor's category.
 */
export function actorsFromAcled(row: AcledRow): IncidentActorInput[] {
  const out: IncidentActorInput[] = [];
  const seen = new Set<string>();
  addSide(out, seen, row.actor1, row.assoc_actor_1, row.inter1, "perpetrator");
  addSide(out, seen, row.actor2, row.assoc_actor_2, row.inter2, "target");
  return out;
}

// A module-level function, not a closure per row: an import maps every row through here.
function addSide(
  out: IncidentActorInput[],
  seen: Set<string>,
  main: string | undefined,
  assoc: string | undefined,
  inter: string | undefined,
  role: ActorRole,
) {
  const kind = actorCategoryFromAcled(inter ?? "")?.kind ?? "other";
  const names = assoc ? [main ?? "", ...assoc.split(";")] : [main ?? ""];
  for (const raw of names) {
    const name = raw.replace(/\s+/g, " ").trim();
    if (!name) continue;
    const key = `${name.toLowerCase()}|${role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, kind, role, certainty: "confirmed" });
  }
}
