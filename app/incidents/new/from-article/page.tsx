import type { Metadata } from "next";
import Link from "next/link";
import { ArticleImport } from "@/components/article-import/article-import";
import { listActorOptions } from "@/lib/actors/queries.server";
import { tileConfig } from "@/lib/map/tile-config";
import { createIncidentAction } from "@/lib/incidents/actions/incident-actions";
import { addArticleSourceAction, extractArticleAction } from "@/lib/extract/actions";
import { pageAccess } from "@/lib/auth/page-access.server";
import { AccessDenied } from "@/components/auth/access-denied";

export const metadata: Metadata = { title: "New incident from an article" };
export const dynamic = "force-dynamic";

export default async function NewFromArticlePage() {
  const access = await pageAccess("/incidents/new/from-article", "article:extract");
  if (!access.allowed) return <AccessDenied title="New incident from an article" role={access.user.role} />;
  return (
    <>
      <h1>New incident from an article</h1>
      <p className="muted">
        Atlas reads the article and proposes values, each with the sentence it came from. Nothing is saved until you save the form.{" "}
        <Link href="/incidents/new">Start from an empty form instead</Link>.
      </p>
      <ArticleImport
        extract={extractArticleAction}
        addSource={addArticleSourceAction}
        create={createIncidentAction}
        tiles={tileConfig()}
        actors={await listActorOptions()}
      />
    </>
  );
}
