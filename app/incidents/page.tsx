import type { Metadata } from "next";
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
import { LIST_PAGE_SIZE, parseListParams } from "@/lib/incidents/list/list-params";
import type { ListOrder } from "@/lib/incidents/list/sort";

export const metadata: Metadata = { title: "Incidents" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function IncidentsPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const user = await getCurrentUser();
  const { filter, error, pageQuery } = readPageFilter(params, user?.role);
  const { sort, dir, page } = parseListParams(params);
  const statusChoice = can(user?.role, "incident:unpublished");
  const [{ items, total }, actorNames] = await Promise.all([listIncidents(filter, { sort, dir }, page, LIST_PAGE_SIZE), actorSuggestions(statusChoice)]);
  const pageCount = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));

  const hrefWith = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    return `/incidents?${next}`;
  };
  const sortHref = (order: ListOrder) => hrefWith({ sort: order.sort, dir: order.dir, page: "1" });
  const filtered = [...params.keys()].some((k) => !["sort", "dir", "page"].includes(k));

  return (
    <>
      <div className="page-head">
        <h1>Incidents</h1>
        <p className="muted" role="status">
          {total.toLocaleString("en")} {total === 1 ? "incident" : "incidents"}
          {filtered ? " match the filter" : ""}
        </p>
      </div>
      {error ? <FilterProblems error={error} /> : null}
      <FilterPanel filter={filter} pageQuery={pageQuery} path="/incidents" statusChoice={statusChoice} actorNames={actorNames} />
      <FilterChips filter={filter} pageQuery={pageQuery} path="/incidents" />
      <ExportLinks params={filterToSearchParams(filter)} />
      {items.length === 0 ? (
        <IncidentListEmpty filtered={filtered} />
      ) : (
        <>
          <IncidentList items={items} order={{ sort, dir }} sortHref={sortHref} />
          <Pagination page={page} pageCount={pageCount} hrefFor={(p) => hrefWith({ page: String(p) })} label="Incident list pages" />
        </>
      )}
    </>
  );
}
