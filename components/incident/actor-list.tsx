import Link from "next/link";
import type { IncidentRecord } from "@/lib/incidents/record/record";
import { ACTOR_ROLES, CERTAINTIES } from "@/lib/taxonomy/actor-roles";
import listStyles from "./record-lists.module.css";

type Actor = IncidentRecord["actors"][number];

export function ActorList({ actors }: { actors: Actor[] }) {
  if (actors.length === 0) return <p className="muted">No actors recorded.</p>;
  return (
    <ul className={listStyles.actorList}>
      {actors.map((a) => (
        <li key={`${a.id}-${a.role}`}>
          <strong>
            <Link href={`/actors/${a.id}`}>{a.name}</Link>
          </strong>{" "}
          — {ACTOR_ROLES[a.role as keyof typeof ACTOR_ROLES] ?? a.role}
          {", "}
          <span className="badge">{CERTAINTIES[a.certainty as keyof typeof CERTAINTIES] ?? a.certainty}</span>
        </li>
      ))}
    </ul>
  );
}
