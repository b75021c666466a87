import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IncidentForm } from "@/components/incident-form/incident-form";
import { getIncidentByIdParam } from "@/lib/incidents/queries.server";
import { formValuesFromRecord } from "@/lib/incidents/form/form-values";
import { addRowEntries } from "@/lib/incidents/form/form-rows";
import { listActorOptions } from "@/lib/actors/queries.server";
import { tileConfig } from "@/lib/map/tile-config";
import { updateIncidentAction } from "@/lib/incidents/actions/incident-actions";
import { pageAccess } from "@/lib/auth/page-access.server";
import { AccessDenied } from "@/components/auth/access-denied";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ add?: string | string[] }> };

async function load(params: Props["params"]) {
  return getIncidentByIdParam((await params).id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const incident = await load(params);
  return { title: incident ? `Edit: ${incident.title}` : "Incident not found" };
}

export default async function EditIncidentPage({ params, searchParams }: Props) {
  const access = await pageAccess(`/incidents/${(await params).id}/edit`);
  if (!access.allowed) return <AccessDenied title="Edit incident" role={access.user.role} />;
  const incident = await load(params);
  if (!incident) notFound();
  // "Add a source report" on the incident page: the form opens with a new, empty source row.
  const addingSource = (await searchParams).add === "source";
  const values = formValuesFromRecord(incident);
  return (
    <>
      <h1>{addingSource ? "Add a source report" : "Edit incident"}</h1>
      {addingSource ? (
        <p className="muted">
          Source {incident.sources.length + 1} under Sources is new: give its URL, what it reports (each figure with the sentence that states it) and, if you
          have it, the article&apos;s text as its archived copy. The incident&apos;s own figures stay as they are unless you change them.
        </p>
      ) : null}
      <IncidentForm
        action={updateIncidentAction.bind(null, incident.id)}
        initialValues={addingSource ? addRowEntries(values, "sources", { url: "", language: "en" }) : values}
        tiles={tileConfig()}
        actors={await listActorOptions()}
        submitLabel="Save changes"
        cancelHref={`/incidents/${incident.id}`}
      />
    </>
  );
}
