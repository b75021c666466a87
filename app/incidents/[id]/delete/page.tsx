import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getIncidentByIdParam } from "@/lib/incidents/queries.server";
import { pageAccess } from "@/lib/auth/page-access.server";
import { AccessDenied } from "@/components/auth/access-denied";
import { DeleteIncidentForm } from "@/components/incident/delete-incident-form";
import formActions from "@/components/forms/form-actions.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Delete incident" };

type Props = { params: Promise<{ id: string }> };

/** The Delete button's confirmation without JavaScript (with it, the same form opens in a dialog). */
export default async function DeleteIncidentPage({ params }: Props) {
  const { id } = await params;
  const access = await pageAccess(`/incidents/${id}/delete`);
  if (!access.allowed) return <AccessDenied title="Delete incident" role={access.user.role} />;
  const incident = await getIncidentByIdParam(id);
  if (!incident) notFound();
  return (
    <>
      <h1>Delete this incident?</h1>
      <p>“{incident.title}” will move to the trash. It leaves the lists and the map, and can be restored from the trash.</p>
      <DeleteIncidentForm
        id={incident.id}
        className={formActions.formActionsInline}
        cancel={
          <Link href={`/incidents/${incident.id}`} className="button secondary">
            Cancel
          </Link>
        }
      />
    </>
  );
}
