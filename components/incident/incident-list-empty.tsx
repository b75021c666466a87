import Link from "next/link";

/** What the list says when nothing matches: why, and what to do next. */
export function IncidentListEmpty({ filtered }: { filtered: boolean }) {
  return (
    <div className="card empty-state">
      <h2>{filtered ? "No incidents match this filter" : "No incidents yet"}</h2>
      {filtered ? (
        <p>
          Widen the filter or <Link href="/incidents">show all incidents</Link>.
        </p>
      ) : (
        <p>Incidents appear here once they are recorded or imported.</p>
      )}
    </div>
  );
}
