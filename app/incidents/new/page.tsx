import type { Metadata } from "next";
import Link from "next/link";
import { IncidentForm } from "@/components/incident-form/incident-form";
import { newIncidentFormValues } from "@/lib/incidents/form/form-values";
import { listActorOptions } from "@/lib/actors/queries.server";
import { tileConfig } from "@/lib/map/tile-config";
import { createIncidentAction } from "@/lib/incidents/actions/incident-actions";
import { pageAccess } from "@/lib/auth/page-access.server";
import { AccessDenied } from "@/components/auth/access-denied";

export const metadata: Metadata = { title: "New incident" };
export const dynamic = "force-dynamic";

export default async function NewIncidentPage() {
  const access = await pageAccess("/incidents/new");
  if (!access.allowed) return <AccessDenied title="New incident" role={access.user.role} />;
  return (
    <>
      <h1>New incident</h1>
      <p>
        <Link href="/incidents/new/from-article">New from article</Link>: paste a news article and Atlas proposes the values.
      </p>
      <IncidentForm
        action={createIncidentAction}
        initialValues={newIncidentFormValues()}
        tiles={tileConfig()}
        actors={await listActorOptions()}
        submitLabel="Save incident"
        cancelHref="/incidents"
      />
    </>
  );
}
