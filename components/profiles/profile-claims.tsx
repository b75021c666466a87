import Link from "next/link";
import { formatDay } from "@/lib/dates/format-date";
import { CLAIM_KINDS } from "@/lib/taxonomy/claims";
import type { ProfileClaim } from "@/lib/incidents/profiles/actor-profile.server";
import listStyles from "@/components/incident/record-lists.module.css";
import { SourceName } from "@/components/incident/source-name";

/** Claims, allegations and denials, each with who made it, when, its source and the incident it is about. */
export function ProfileClaims({ claims, empty }: { claims: ProfileClaim[]; empty: string }) {
  if (claims.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className={listStyles.claimList}>
      {claims.map((c) => {
        const kind = CLAIM_KINDS[c.kind as keyof typeof CLAIM_KINDS];
        return (
          <li key={c.id}>
            <strong>{kind?.label ?? c.kind}:</strong> {c.subject}, {kind?.verb ?? "by"} {c.claimantName}
            {c.claimantRole ? `, ${c.claimantRole}` : ""}
            {c.madeOn ? `, ${formatDay(c.madeOn)}` : ""}{" "}
            {c.source ? (
              <SourceName source={c.source} newTab>
                [{c.source.outlet}]
              </SourceName>
            ) : null}
            <blockquote className={listStyles.statement}>{c.statement}</blockquote>
            <p className="muted">
              About: <Link href={`/incidents/${c.incident.id}`}>{c.incident.title}</Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
