import type { IncidentRecord } from "@/lib/incidents/record/record";
import { CLAIM_KINDS, CLAIM_KIND_NAMES } from "@/lib/taxonomy/claims";
import { formatDay } from "@/lib/dates/format-date";
import listStyles from "./record-lists.module.css";
import { SourceName } from "@/components/incident/source-name";

type Claim = IncidentRecord["claims"][number];

/** "Claimed origin: Afghanistan, alleged by Khawaja Muhammad Asif, Defence Minister of Pakistan, 17 Mar 2024 [source]" */
function ClaimLine({ claim }: { claim: Claim }) {
  const kind = CLAIM_KINDS[claim.kind as keyof typeof CLAIM_KINDS];
  return (
    <li>
      <strong>{kind?.label ?? claim.kind}:</strong> {claim.subject}, {kind?.verb ?? "by"} {claim.claimantName}
      {claim.claimantRole ? `, ${claim.claimantRole}` : ""}
      {claim.madeOn ? `, ${formatDay(claim.madeOn)}` : ""}{" "}
      {claim.source ? (
        <SourceName source={claim.source} newTab>
          [{claim.source.outlet}]
        </SourceName>
      ) : null}
      <blockquote className={listStyles.statement}>{claim.statement}</blockquote>
    </li>
  );
}

export function ClaimList({ claims }: { claims: Claim[] }) {
  if (claims.length === 0) return <p className="muted">No claims, allegations or denials recorded.</p>;
  return (
    <>
      {CLAIM_KIND_NAMES.filter((k) => claims.some((c) => c.kind === k)).map((kind) => (
        <section key={kind} aria-labelledby={`claims-${kind}`}>
          <h3 id={`claims-${kind}`}>{CLAIM_KINDS[kind].label}</h3>
          <ul className={listStyles.claimList}>
            {claims
              .filter((c) => c.kind === kind)
              .map((c) => (
                <ClaimLine key={c.id} claim={c} />
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
