import Link from "next/link";

export default function IncidentNotFound() {
  return (
    <div className="card empty-state">
      <h1>Incident not found</h1>
      <p>It may have been deleted, or the link is wrong.</p>
      <p>
        <Link href="/incidents">Back to all incidents</Link>
      </p>
    </div>
  );
}
