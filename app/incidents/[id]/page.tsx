import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getIncidentByIdParam } from "@/lib/incidents/queries.server";
import { formatEventDate } from "@/lib/dates/format-date";
import { IncidentFacts } from "@/components/incident/incident-facts";
import { CasualtyTable } from "@/components/incident/casualty-table";
import { ClaimList } from "@/components/incident/claim-list";
import { SourceList } from "@/components/incident/source-list";
import { ReportedFigures } from "@/components/incident/reported-figures";
import { ReportedFacts } from "@/components/incident/reported-facts";
import { AddedReportNotice } from "@/components/incident/added-report-notice";
import { sourcesAddedByPendingEdit } from "@/lib/incidents/pending-edits/pending-edit-queries.server";
import { CodedFigureRules } from "@/components/incident/coded-figure-rules";
import { codedCasualties } from "@/lib/incidents/coded-casualties";
import { incidentProvenance } from "@/lib/sources/provenance/incident-provenance";
import { ActorList } from "@/components/incident/actor-list";
import { PointMap } from "@/components/map/point-map";
import { tileConfig } from "@/lib/map/tile-config";
import Link from "next/link";
import { DeleteIncidentButton } from "@/components/incident/delete-incident-button";
import { EditorsLine } from "@/components/incident/editors-line";
import { getIncidentEditors } from "@/lib/incidents/audit/queries.server";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { can } from "@/lib/auth/roles";
import { SYSTEM_EDITOR } from "@/lib/incidents/audit/history";
import { editorNameFor, importForReader } from "@/lib/incidents/audit/editors-for-reader";
import styles from "./incident-page.module.css";
import { StatusBadge } from "@/components/ui/status-badge";
import { ReviewPanel } from "@/components/review/review-panel";
import { mayReadStatus } from "@/lib/incidents/review/transitions";
import { reviewContext } from "@/lib/incidents/review/review-queries.server";
import { getLinkedIncidents, linkCandidates } from "@/lib/incidents/links/link-queries.server";
import { LinkedIncidents } from "@/components/links/linked-incidents";
import { LinkIncidentForm } from "@/components/links/link-incident-form";
import { describeMerge } from "@/lib/incidents/links/merged-notice";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ added?: string | string[]; why?: string | string[]; merged?: string | string[]; proposed?: string | string[] }>;
};

async function load(params: Props["params"]) {
  return getIncidentByIdParam((await params).id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const incident = await load(params);
  const visible = incident && mayReadStatus(incident.status, (await getCurrentUser())?.role);
  return { title: visible ? incident.title : "Incident not found" };
}

export default async function IncidentPage({ params, searchParams }: Props) {
  const incident = await load(params);
  const user = await getCurrentUser();
  // An unpublished record does not exist for visitors and viewers (decision 017).
  if (!incident || !mayReadStatus(incident.status, user?.role)) notFound();
  const query = await searchParams;
  const merged = describeMerge(query.merged);
  const added = Number(query.added);
  const openField = typeof query.why === "string" ? query.why : null;
  const coded = codedCasualties(incident);
  const provenance = incidentProvenance(incident, coded);
  const mayWrite = can(user?.role, "incident:write");
  const [editors, review, links, candidates] = await Promise.all([
    getIncidentEditors(incident.id),
    // Analysts and admins see the edit waiting beside a published record; viewers only the record.
    user && (incident.status !== "published" || can(user.role, "incident:unpublished")) ? reviewContext(incident.id, incident.status) : null,
    getLinkedIncidents(incident.id, can(user?.role, "incident:unpublished")),
    mayWrite ? linkCandidates(incident.id, incident.eventDate) : [],
  ]);
  const addedSource = Number.isSafeInteger(added) ? incident.sources.find((s) => s.id === added) : undefined;
  // "Add this article as a source" on a published record: its report waits for review with the edit.
  const proposedSources = query.proposed === "1" && review?.pendingEdit ? await sourcesAddedByPendingEdit(incident) : [];
  return (
    <article>
      <div className="page-head">
        <div>
          <p className={`muted ${styles.dateLine}`}>
            {formatEventDate(incident.eventDate, incident.datePrecision, incident.endDate)} ·{" "}
            {[incident.location, incident.district, incident.province].filter(Boolean).join(", ")}
          </p>
          <h1>
            {incident.title}
            <StatusBadge status={incident.status} />
          </h1>
        </div>
        {mayWrite ? (
          <div className={styles.pageActions}>
            <Link href={`/incidents/${incident.id}/edit`} className="button secondary">
              Edit
            </Link>
            <DeleteIncidentButton id={incident.id} title={incident.title} />
          </div>
        ) : null}
      </div>
      <EditorsLine
        incidentId={incident.id}
        createdAt={incident.createdAt}
        createdBy={editorNameFor(can(user?.role, "staff:names"), editors.createdBy ?? SYSTEM_EDITOR)}
        addedAt={editors.addedAt}
        lastEditedBy={editors.lastEditedAt ? editorNameFor(can(user?.role, "staff:names"), editors.lastEditedBy ?? SYSTEM_EDITOR) : null}
        lastEditedAt={editors.lastEditedAt}
        lastImport={editors.lastImport ? importForReader(editors.lastImport, can(user?.role, "staff:names")) : null}
      />
      {user && review ? <ReviewPanel incident={incident} context={review} reader={user} /> : null}
      {addedSource ? <AddedReportNotice incident={incident} source={addedSource} /> : null}
      {proposedSources.map((source, i) => (
        <AddedReportNotice key={i} incident={incident} source={source} waitsForReview />
      ))}
      {query.proposed === "1" && review?.pendingEdit ? (
        <p className="notice ok" role="status">
          Your edit was kept for review. The record below is still the published one; the edit is published when another analyst or an admin approves it.
        </p>
      ) : null}
      {merged ? (
        <p className="notice ok" role="status">
          {merged}
        </p>
      ) : null}
      <div className={styles.detailGrid}>
        <div>
          {incident.summary ? <p>{incident.summary}</p> : <p className="muted">No summary yet.</p>}
          <section aria-labelledby="facts-heading" className="card">
            <h2 id="facts-heading" className={styles.firstHeading}>
              What, when, where
            </h2>
            <IncidentFacts incident={incident} provenance={provenance} openField={openField} />
          </section>
          <section aria-labelledby="casualties-heading">
            <h2 id="casualties-heading">Casualties</h2>
            <CasualtyTable killed={incident.killed} injured={incident.injured} provenance={provenance} openField={openField} />
          </section>
          <section aria-labelledby="reported-heading">
            <h2 id="reported-heading">Reported figures</h2>
            <CodedFigureRules coded={coded} />
            <ReportedFigures sources={incident.sources} coded={coded} />
            <ReportedFacts sources={incident.sources} />
            {mayWrite ? (
              <p>
                <Link href={`/incidents/${incident.id}/edit?add=source#sources`}>Add a source report</Link>
              </p>
            ) : null}
          </section>
          <section aria-labelledby="claims-heading">
            <h2 id="claims-heading">Claims, allegations and denials</h2>
            <ClaimList claims={incident.claims} />
          </section>
          {links.length > 0 || mayWrite ? (
            <section aria-labelledby="links-heading">
              <h2 id="links-heading">Linked incidents</h2>
              <LinkedIncidents incidentId={incident.id} links={links} mayWrite={mayWrite} />
              {mayWrite ? <LinkIncidentForm incidentId={incident.id} candidates={candidates} /> : null}
            </section>
          ) : null}
        </div>
        <aside>
          {incident.latitude !== null && incident.longitude !== null ? (
            <section aria-labelledby="map-heading">
              <h2 id="map-heading" className={styles.firstHeading}>
                Location
              </h2>
              <PointMap
                tiles={tileConfig()}
                lat={incident.latitude}
                lng={incident.longitude}
                precision={incident.geoPrecision}
                label={incident.location ?? incident.title}
              />
            </section>
          ) : null}
          <section aria-labelledby="actors-heading">
            <h2 id="actors-heading">Actors</h2>
            <ActorList actors={incident.actors} />
          </section>
          <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">Sources ({incident.sources.length})</h2>
            <SourceList sources={incident.sources} />
          </section>
        </aside>
      </div>
    </article>
  );
}
