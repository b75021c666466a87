import type { IncidentRecord } from "@/lib/incidents/record/record";
import { formatEventDate } from "@/lib/dates/format-date";
import { DATE_PRECISIONS, GEO_PRECISIONS } from "@/lib/taxonomy/precision";
import { disorderTypeOf } from "@/lib/taxonomy/event-types";
import type { IncidentProvenance } from "@/lib/sources/provenance/incident-provenance";
import { WhyValue } from "./why-value";
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

type Props = { incident: IncidentRecord; provenance: IncidentProvenance; openField: string | null };

/** What, when and where, each with how precisely it is known; the date, place and perpetrator one click from the sources that state them. */
export function IncidentFacts({ incident: i, provenance, openField }: Props) {
  const weapon = [i.weaponType, i.weaponSubtype].filter(Boolean).join(" — ") || null;
  const perpetrator = provenance.perpetrator;
  return (
    <dl className={styles.facts}>
      <Fact term="When">
        <WhyValue p={provenance.eventDate} open={openField === "eventDate"}>
          {formatEventDate(i.eventDate, i.datePrecision, i.endDate)}
        </WhyValue>{" "}
        <span className="muted">({label(DATE_PRECISIONS, i.datePrecision).toLowerCase()})</span>
      </Fact>
      <Fact term="Place">
        {i.location ? (
          <WhyValue p={provenance.location} open={openField === "location"}>
            {i.location}
          </WhyValue>
        ) : null}
      </Fact>
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
      <Fact term="Suicide attack">{i.suicide === null ? null : i.suicide ? "Yes" : "No"}</Fact>
      {perpetrator.value !== null || perpetrator.statements.length > 0 ? (
        <Fact term="Perpetrator">
          <WhyValue p={perpetrator} open={openField === "perpetrator"}>
            {perpetrator.value ?? "not recorded"}
          </WhyValue>
        </Fact>
      ) : null}
    </dl>
  );
}
