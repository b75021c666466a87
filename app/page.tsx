import Link from "next/link";
import type { Metadata } from "next";
import { preload } from "react-dom";
import { IncidentMap } from "@/components/map/incident-map";
import { TimelineHistogram } from "@/components/timeline/timeline-histogram";
import { TimelineList } from "@/components/timeline/timeline-list";
import { FilterPanel } from "@/components/filters/filter-panel";
import { FilterChips } from "@/components/filters/filter-chips";
import { ExportLinks } from "@/components/export/export-links";
import { bulletinHref } from "@/lib/incidents/bulletin/bulletin-query";
import { FilterProblems } from "@/components/incident/filter-problems";
import { IncidentListEmpty } from "@/components/incident/incident-list-empty";
import { Pagination } from "@/components/ui/pagination";
import { toSearchParams } from "@/lib/incidents/filter/filter";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { can } from "@/lib/auth/roles";
import { actorSuggestions } from "@/lib/actors/actor-suggestions.server";
import { readPageFilter } from "@/lib/incidents/filter/page-query";
import { hrefFor } from "@/lib/incidents/filter/filter-url";
import { listIncidents } from "@/lib/incidents/queries.server";
import { histogram, provinceStats } from "@/lib/incidents/overview/aggregates.server";
import { parseListParams } from "@/lib/incidents/list/list-params";
import { pageLinks } from "@/lib/incidents/list/page-links";
import { totalText } from "@/lib/incidents/list/capped-count";
import type { ListOrder } from "@/lib/incidents/list/sort";
import { tileConfig } from "@/lib/map/tile-config";
import { initialMapViewPath } from "@/lib/incidents/map/initial-map-view";
import styles from "./overview-page.module.css";

export const metadata: Metadata = { title: "Overview" };

const PAGE_SIZE = 30;
const NEWEST_FIRST: ListOrder = { sort: "date", dir: "desc" };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The overview: map, timeline and list of the same filtered incidents; the filter lives in the URL. */
export default async function OverviewPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const user = await getCurrentUser();
  const { filter, error, filterQuery, pageQuery } = readPageFilter(params, user?.role);
  // A cursor that cannot be read starts the timeline's list at its first page (the list page says why).
  const listParams = parseListParams(params);
  const position = listParams.success ? listParams.data.position : {};
  // The browser fetches the map's first clusters while the page's code loads; the map's fetch() reuses them.
  const mapPath = initialMapViewPath(filterQuery, filter.province, params);
  if (mapPath) preload(mapPath, { as: "fetch", crossOrigin: "anonymous" });
  const statusChoice = can(user?.role, "incident:unpublished");
  const [list, stats, hist, actorNames] = await Promise.all([
    listIncidents(filter, NEWEST_FIRST, position, PAGE_SIZE),
    provinceStats(filter),
    histogram(filter),
    actorSuggestions(statusChoice),
  ]);
  const links = pageLinks(new URLSearchParams(pageQuery), NEWEST_FIRST, list, (query) => hrefFor("/", query));

  return (
    <div className={styles.overview}>
      <div className="page-head">
        <h1>Overview</h1>
        <p className="muted" role="status">
          {totalText(list.total)}
          {filterQuery ? " match the filter" : ""}
        </p>
        <Link href={bulletinHref(filterQuery)}>Bulletin for this filter</Link>
      </div>
      {error ? <FilterProblems error={error} /> : null}
      <FilterPanel filter={filter} pageQuery={pageQuery} path="/" statusChoice={statusChoice} actorNames={actorNames} />
      <FilterChips filter={filter} pageQuery={pageQuery} path="/" />
      <ExportLinks params={new URLSearchParams(filterQuery)} />
      <div className={styles.overviewGrid}>
        <section aria-labelledby="map-heading" className={styles.overviewMapSection}>
          <h2 id="map-heading" className="visually-hidden">
            Map
          </h2>
          {/* Tabbing through every cluster and point is long: this link goes straight to the timeline. */}
          <a href="#timeline" className={styles.skipMap}>
            Skip the map
          </a>
          <IncidentMap
            filterQuery={filterQuery}
            pageQuery={pageQuery}
            path="/"
            provinceStats={stats}
            selectedProvinces={filter.province}
            tiles={tileConfig()}
          />
        </section>
        <section id="timeline" tabIndex={-1} aria-labelledby="timeline-heading" className={styles.overviewTimeline}>
          <h2 id="timeline-heading">Timeline</h2>
          {hist ? <TimelineHistogram histogram={hist} pageQuery={pageQuery} path="/" /> : null}
          {list.items.length === 0 ? (
            <IncidentListEmpty filtered={filterQuery !== ""} />
          ) : (
            <>
              <TimelineList items={list.items} />
              <Pagination {...links} pageSize={PAGE_SIZE} label="Timeline pages" />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
