import type { Metadata } from "next";
import Link from "next/link";
import { FilterPanel } from "@/components/filters/filter-panel";
import { FilterChips } from "@/components/filters/filter-chips";
import { FilterProblems } from "@/components/incident/filter-problems";
import { IncidentListEmpty } from "@/components/incident/incident-list-empty";
import { PeriodComparison } from "@/components/trends/period-comparison";
import { SmallMultiples } from "@/components/trends/small-multiples";
import { VictimsChart } from "@/components/trends/victims-chart";
import { formatDay } from "@/lib/dates/format-date";
import { toSearchParams } from "@/lib/incidents/filter/filter";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { can } from "@/lib/auth/roles";
import { actorSuggestions } from "@/lib/actors/actor-suggestions.server";
import { readPageFilter } from "@/lib/incidents/filter/page-query";
import { trends } from "@/lib/incidents/trends/trends.server";
import { bulletinHref } from "@/lib/incidents/bulletin/bulletin-query";
import styles from "./trends-page.module.css";

export const metadata: Metadata = { title: "Trends" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Incidents and killed per month by province, event type, perpetrator and victim, for the overview's filter. */
export default async function TrendsPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  const { filter, error, filterQuery, pageQuery } = readPageFilter(toSearchParams(await searchParams), user?.role);
  const statusChoice = can(user?.role, "incident:unpublished");
  const [data, actorNames] = await Promise.all([trends(filter), actorSuggestions(statusChoice)]);
  const common = data ? { months: data.months, range: data.range, filterQuery } : null;

  return (
    <div>
      <div className="page-head">
        <h1>Trends</h1>
        <p className="muted" role="status">
          {data
            ? `Per month, ${formatDay(data.range.from)} to ${formatDay(data.range.to)}${filterQuery ? ", for the incidents that match the filter" : ""}`
            : "No incidents to chart"}
        </p>
        <Link href={bulletinHref(filterQuery)}>Bulletin for this filter</Link>
      </div>
      {error ? <FilterProblems error={error} /> : null}
      <FilterPanel filter={filter} pageQuery={pageQuery} path="/trends" statusChoice={statusChoice} actorNames={actorNames} />
      <FilterChips filter={filter} pageQuery={pageQuery} path="/trends" />
      {!data || !common ? (
        <IncidentListEmpty filtered={filterQuery !== ""} />
      ) : (
        <div className={styles.sections}>
          <PeriodComparison comparison={data.comparison} filterQuery={filterQuery} datesFromFilter={!!(filter.from && filter.to)} />
          <VictimsChart victims={data.victims} {...common} />
          <SmallMultiples id="by-province" title="By province" by="province" param="province" series={data.byProvince} {...common} />
          <SmallMultiples id="by-type" title="By event type" by="event type" param="eventType" series={data.byEventType} {...common} />
          <SmallMultiples id="by-perpetrator" title="By perpetrator" by="perpetrator" param="actor" series={data.byPerpetrator} {...common} />
        </div>
      )}
    </div>
  );
}
