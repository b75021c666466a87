import type { IncidentRecord } from "@/lib/incidents/record/record";
import { formatEventDate } from "@/lib/dates/format-date";
import { DATE_PRECISIONS, GEO_PRECISIONS } from "@/lib/taxonomy/precision";
import { disorderTypeOf } from "@/lib/taxonomy/event-types";
import styles from "./incident-facts.module.css";

const label = <T extends Record<string, { label: string }>>(table: T, key: string) => (table as Record<string, { label: string }>)[key]?.label ?? key;

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children ?? <span className="muted">not recorded</span>}</dd>
    </>
  );
}

/** What, when and where, each with how precisely it is known. */
export function IncidentFacts({ incident: i }: { incident: IncidentRecord }) {
  const weapon = [i.weaponType, i.weaponSubtype].filter(Boolean).join(" — ") || null;
  return (
    <dl className={styles.facts}>
      <Fact term="When">
        {formatEventDate(i.eventDate, i.datePrecision, i.endDate)} <span className="muted">({label(DATE_PRECISIONS, i.datePrecision).toLowerCase()})</span>
      </Fact>
      <Fact term="Place">{i.location}</Fact>
      <Fact term="District">{i.district}</Fact>
      <Fact term="Province">{i.province}</Fact>
      <Fact term="Country">
        {i.countryName} <span className="muted">({i.countryIso3})</span>
      </Fact>
      <Fact term="Coordinates">
        {i.latitude !== null && i.longitude !== null ? (
          <>
            {i.latitude.toFixed(4)}, {i.longitude.toFixed(4)} <span className="muted">(precision: {label(GEO_PRECISIONS, i.geoPrecision).toLowerCase()})</span>
          </>
        ) : null}
      </Fact>
      <Fact term="Event type">
        {i.eventType}
        {i.subEventType ? ` — ${i.subEventType}` : ""} <span className="muted">({disorderTypeOf(i.eventType)})</span>
      </Fact>
      <Fact term="Attack type">{i.attackType}</Fact>
      <Fact term="Target">{[i.targetType, i.target && i.target !== i.targetType ? i.target : null].filter(Boolean).join(": ") || null}</Fact>
      <Fact term="Weapon">{weapon}</Fact>
      <Fact term="Suicide attack">{i.suicide ? "Yes" : "No"}</Fact>
    </dl>
  );
}
