import type { IncidentRecord } from "@/lib/incidents/record/record";
import { disorderTypeOf } from "@/lib/taxonomy/event-types";
import type { AcledColumn } from "./columns";
import { datePrecisionToAcled, geoPrecisionToAcled } from "./precision";
import { actorCategoryToAcled, interactionCode } from "./actor-categories";
import { acledCountryOf } from "./country";
import { readAcledProvenance } from "./provenance";
import { csvCells } from "@/lib/incidents/fields/csv-fields";

type Value = string | number | null;

/** ACLED's columns for one Atlas record. Atlas's own detail follows in further columns. */
export function toAcledColumns(r: IncidentRecord): Record<AcledColumn, Value> {
  const perpetrators = r.actors.filter((a) => a.role === "perpetrator");
  const targets = r.actors.filter((a) => a.role === "target");
  const cat1 = perpetrators[0] ? actorCategoryToAcled(perpetrators[0].kind, perpetrators[0].name) : null;
  const cat2 = targets[0] ? actorCategoryToAcled(targets[0].kind, targets[0].name) : null;
  const country = acledCountryOf(r.countryIso3);
  const provenance = readAcledProvenance(r.summary);
  const outlets = [...new Set(r.sources.map((s) => s.outlet))];
  const civilianTargeting = r.eventType === "Violence against civilians" || r.targetType === "Private Citizens & Property" || cat2?.code === 7;
  return {
    // The fields ACLED holds as Atlas does (event_date, admin1, fatalities...): from the field table.
    ...(csvCells(r, "acled") as Record<AcledColumn, Value>),
    event_id_cnty: r.externalId,
    year: Number(r.eventDate.slice(0, 4)),
    time_precision: datePrecisionToAcled(r.datePrecision),
    disorder_type: disorderTypeOf(r.eventType),
    actor1: perpetrators[0]?.name ?? null,
    assoc_actor_1:
      perpetrators
        .slice(1)
        .map((a) => a.name)
        .join("; ") || null,
    inter1: cat1?.code ?? null,
    actor2: targets[0]?.name ?? null,
    assoc_actor_2:
      targets
        .slice(1)
        .map((a) => a.name)
        .join("; ") || null,
    inter2: cat2?.code ?? null,
    interaction: interactionCode(cat1, cat2) || null,
    civilian_targeting: civilianTargeting ? "Civilian targeting" : null,
    iso: country?.numeric ?? null,
    region: country?.region ?? null,
    admin3: null,
    geo_precision: geoPrecisionToAcled(r.geoPrecision),
    source: outlets.length ? outlets.join("; ") : provenance.source,
    source_scale: provenance.sourceScale,
    tags: provenance.tags,
    timestamp: Math.floor(Date.parse(r.updatedAt) / 1000),
  };
}
