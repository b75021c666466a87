import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IncidentForm } from "@/components/incident-form/incident-form";
import { getIncidentByIdParam } from "@/lib/incidents/queries.server";
import { formValuesFromEdit, formValuesFromRecord } from "@/lib/incidents/form/form-values";
import { getPendingEdit } from "@/lib/incidents/pending-edits/pending-edit-queries.server";
import { getAtlasSettings } from "@/lib/settings/atlas-settings.server";
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
  // A published record's edit waiting for review is where the next edit starts (decision 024).
  const pending = incident.status === "published" ? await getPendingEdit(incident.id) : null;
  const values = pending ? formValuesFromEdit(pending.data, incident.version) : formValuesFromRecord(incident);
  const editGoesToReview = incident.status === "published" && !(await getAtlasSettings()).singleAnalystPublishing;
  return (
    <>
      <h1>{addingSource ? "Add a source report" : "Edit incident"}</h1>
      {pending ? (
        <p className="notice" role="status">
          This form holds the edit that waits for review, not the published record: your changes go into that edit. Everyone else reads the record as published
          until another analyst or an admin publishes the edit.
        </p>
      ) : editGoesToReview ? (
        <p className="notice" role="status">
          This record is published: your edit will wait for review by another analyst or an admin, and the published record stays as it is until then.
        </p>
      ) : null}
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
