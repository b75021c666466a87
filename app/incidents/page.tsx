import type { Metadata } from "next";
import Link from "next/link";
import { IncidentList } from "@/components/incident/incident-list";
import { IncidentListEmpty } from "@/components/incident/incident-list-empty";
import { Pagination } from "@/components/ui/pagination";
import { FilterProblems } from "@/components/incident/filter-problems";
import { FilterPanel } from "@/components/filters/filter-panel";
import { FilterChips } from "@/components/filters/filter-chips";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { can } from "@/lib/auth/roles";
import { actorSuggestions } from "@/lib/actors/actor-suggestions.server";
import { readPageFilter } from "@/lib/incidents/filter/page-query";
import { toSearchParams, filterToSearchParams } from "@/lib/incidents/filter/filter";
import { ExportLinks } from "@/components/export/export-links";
import { listIncidents } from "@/lib/incidents/queries.server";
import { LIST_PAGE_SIZE, LIST_PARAM_KEYS, parseListParams } from "@/lib/incidents/list/list-params";
import { CURSOR_NOT_VALID } from "@/lib/incidents/list/list-cursor";
import { totalText } from "@/lib/incidents/list/capped-count";
import { pageLinks } from "@/lib/incidents/list/page-links";
import type { ListOrder } from "@/lib/incidents/list/sort";

export const metadata: Metadata = { title: "Incidents" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function IncidentsPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const user = await getCurrentUser();
  const { filter, error, pageQuery } = readPageFilter(params, user?.role);
  const listParams = parseListParams(params);
  const statusChoice = can(user?.role, "incident:unpublished");
  const order: ListOrder | null = listParams.success ? { sort: listParams.data.sort, dir: listParams.data.dir } : null;
  const [actorNames, page] = await Promise.all([
    actorSuggestions(statusChoice),
    listParams.success && order ? listIncidents(filter, order, listParams.data.position, LIST_PAGE_SIZE) : null,
  ]);
  const hrefWith = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const key of ["after", "before", "page"]) next.delete(key);
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    return `/incidents?${next}`;
  };
  const filtered = [...params.keys()].some((k) => !(LIST_PARAM_KEYS as readonly string[]).includes(k));
  const head = (status: string | null) => (
    <>
      <div className="page-head">
        <h1>Incidents</h1>
        {status ? (
          <p className="muted" role="status">
            {status}
            {filtered ? " match the filter" : ""}
          </p>
        ) : null}
      </div>
      {error ? <FilterProblems error={error} /> : null}
      <FilterPanel filter={filter} pageQuery={pageQuery} path="/incidents" statusChoice={statusChoice} actorNames={actorNames} />
      <FilterChips filter={filter} pageQuery={pageQuery} path="/incidents" />
      <ExportLinks params={filterToSearchParams(filter)} />
    </>
  );

  if (!page || !order) {
    // A cursor that cannot be read (a mistyped or truncated link): say so, and lead to the first page.
    return (
      <>
        {head(null)}
        <div className="card empty-state" role="alert">
          <h2>This link&apos;s page cannot be found</h2>
          <p>
            {CURSOR_NOT_VALID}. <Link href={hrefWith({})}>First page of these incidents</Link>
          </p>
        </div>
      </>
    );
  }
  const sortHref = (o: ListOrder) => hrefWith({ sort: o.sort, dir: o.dir });
  const links = pageLinks(params, order, page, (query) => `/incidents?${query}`);

  return (
    <>
      {head(totalText(page.total))}
      {page.items.length === 0 && !links.firstHref ? (
        <IncidentListEmpty filtered={filtered} />
      ) : (
        <>
          {page.items.length ? <IncidentList items={page.items} order={order} sortHref={sortHref} /> : <p>No more incidents.</p>}
          <Pagination {...links} pageSize={LIST_PAGE_SIZE} label="Incident list pages" />
        </>
      )}
    </>
  );
}
