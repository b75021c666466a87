import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseId } from "@/lib/validation/id-param";
import { getIncidentHistory } from "@/lib/incidents/audit/queries.server";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { can } from "@/lib/auth/roles";
import { mayReadStatus } from "@/lib/incidents/review/transitions";
import { HistoryList } from "@/components/incident/history-list";
import { historyForReader } from "@/lib/incidents/audit/editors-for-reader";
import { RestoreVersionButton } from "@/components/incident/restore-version-button";
import { restoreVersionAction } from "@/lib/incidents/actions/restore-version-action";
import { readableIncidentIds } from "@/lib/incidents/links/link-queries.server";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "History" };
export const dynamic = "force-dynamic";

export default async function IncidentHistoryPage({ params }: Props) {
  const id = parseId((await params).id);
  const history = id === null ? null : await getIncidentHistory(id);
  if (id === null || !history) notFound();
  const user = await getCurrentUser();
  if (!mayReadStatus(history.status, user?.role)) notFound();
  const mayRestore = can(user?.role, "incident:restore") && !history.deleted;
  // A link to a record the reader may not read (a draft, one in the trash) is not theirs to see, nor its title (decision 021).
  const staff = can(user?.role, "incident:unpublished");
  const linked = staff ? null : await readableIncidentIds([...new Set(history.entries.flatMap((e) => e.linkedIncidentId ?? []))], false);
  const entries = linked ? history.entries.filter((e) => e.linkedIncidentId === null || linked.has(e.linkedIncidentId)) : history.entries;
  return (
    <article>
      <p className="muted">
        <Link href={`/incidents/${id}`}>← {history.title}</Link>
      </p>
      <h1>History</h1>
      <p className="muted">
        Every change to this incident, its sources, actors and claims, newest first. Now at version {history.version}
        {history.deleted ? ", in the trash" : ""}.
      </p>
      <HistoryList
        entries={historyForReader(entries, can(user?.role, "staff:names"))}
        incidentId={history.deleted ? undefined : id}
        restoreControl={
          mayRestore
            ? (entry) => <RestoreVersionButton version={entry.toVersion!} action={restoreVersionAction.bind(null, id, entry.toVersion!, history.version)} />
            : undefined
        }
      />
    </article>
  );
}
