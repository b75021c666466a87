import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IncidentForm } from "@/components/incident-form/incident-form";
import { getIncidentByIdParam } from "@/lib/incidents/queries.server";
import { formValuesFromRecord } from "@/lib/incidents/form/form-values";
import { listActorOptions } from "@/lib/actors/queries.server";
import { tileConfig } from "@/lib/map/tile-config";
import { updateIncidentAction } from "@/lib/incidents/actions/incident-actions";
import { pageAccess } from "@/lib/auth/page-access.server";
import { AccessDenied } from "@/components/auth/access-denied";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  return getIncidentByIdParam((await params).id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const incident = await load(params);
  return { title: incident ? `Edit: ${incident.title}` : "Incident not found" };
}

export default async function EditIncidentPage({ params }: Props) {
  const access = await pageAccess(`/incidents/${(await params).id}/edit`);
  if (!access.allowed) return <AccessDenied title="Edit incident" role={access.user.role} />;
  const incident = await load(params);
  if (!incident) notFound();
  return (
    <>
      <h1>Edit incident</h1>
      <IncidentForm
        action={updateIncidentAction.bind(null, incident.id)}
        initialValues={formValuesFromRecord(incident)}
        tiles={tileConfig()}
        actors={await listActorOptions()}
        submitLabel="Save changes"
        cancelHref={`/incidents/${incident.id}`}
      />
    </>
  );
}
