import type { Metadata } from "next";
import Link from "next/link";
import { listTrashedIncidents } from "@/lib/incidents/queries.server";
import { formatDay } from "@/lib/dates/format-date";
import { formatDateTime } from "@/lib/dates/format-date-time";
import { RestoreIncidentButton } from "@/components/incident/restore-incident-button";
import { pageAccess } from "@/lib/auth/page-access.server";
import { AccessDenied } from "@/components/auth/access-denied";

export const metadata: Metadata = { title: "Trash" };
export const dynamic = "force-dynamic";

export default async function TrashPage() {
  const access = await pageAccess("/incidents/trash");
  if (!access.allowed) return <AccessDenied title="Trash" role={access.user.role} />;
  const items = await listTrashedIncidents();
  return (
    <>
      <h1>Trash</h1>
      <p className="muted">Deleted incidents stay here, out of the lists, maps and exports, until they are restored.</p>
      {items.length === 0 ? (
        <div className="empty-state card">
          <h2>The trash is empty</h2>
          <p>
            <Link href="/incidents">Back to the incidents</Link>
          </p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Deleted incidents, most recently deleted first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Title</th>
                <th scope="col">Place</th>
                <th scope="col">Deleted</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id}>
                  <td className="nowrap">{formatDay(i.eventDate)}</td>
                  <td>{i.title}</td>
                  <td>{i.location ?? "—"}</td>
                  <td className="nowrap">{formatDateTime(i.deletedAt)}</td>
                  <td>
                    <RestoreIncidentButton id={i.id} title={i.title} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
