import type { Metadata } from "next";
import Link from "next/link";
import { BulletinMap } from "@/components/bulletin/bulletin-map";
import { DeadliestList } from "@/components/bulletin/deadliest-list";
import { HeadlineFigures } from "@/components/bulletin/headline-figures";
import { MethodNote } from "@/components/bulletin/method-note";
import { MonthForm } from "@/components/bulletin/month-form";
import { FilterChips } from "@/components/filters/filter-chips";
import { FilterPanel } from "@/components/filters/filter-panel";
import { describeFilter } from "@/components/filters/filter-values";
import { FilterProblems } from "@/components/incident/filter-problems";
import { IncidentListEmpty } from "@/components/incident/incident-list-empty";
import { ProfileClaims } from "@/components/profiles/profile-claims";
import { SmallMultiples } from "@/components/trends/small-multiples";
import { VictimsChart } from "@/components/trends/victims-chart";
import { actorSuggestions } from "@/lib/actors/actor-suggestions.server";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { can } from "@/lib/auth/roles";
import { formatNumber } from "@/lib/format/intl";
import { bulletinFor } from "@/lib/incidents/bulletin/bulletin.server";
import { periodLabel } from "@/lib/incidents/bulletin/bulletin-period";
import { bulletinPdfHref, readBulletinPage } from "@/lib/incidents/bulletin/bulletin-query";
import { toSearchParams } from "@/lib/incidents/filter/filter";
import { hrefFor, withFilter } from "@/lib/incidents/filter/filter-url";
import styles from "./bulletin-page.module.css";

export const metadata: Metadata = { title: "Bulletin" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A printable report for any filter and period (issue #16): figures, map, trends, deadliest incidents, claims, method. */
export default async function BulletinPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  const { filter, error, filterQuery, pageQuery, month } = readBulletinPage(toSearchParams(await searchParams), user?.role);
  const statusChoice = can(user?.role, "incident:unpublished");
  const [b, actorNames] = await Promise.all([bulletinFor(filter, month), actorSuggestions(statusChoice)]);
  const about = describeFilter(filter);

  return (
    <div className={styles.bulletin}>
      <div className="page-head">
        <h1>Bulletin{b ? `: ${periodLabel(b.period)}` : ""}</h1>
        <p className={`muted ${styles.controls}`}>
          <a href={bulletinPdfHref(filterQuery, month)} download>
            Download PDF
          </a>{" "}
          · Print from the browser for paper (A4)
        </p>
      </div>
      <p className={styles.about}>{about.length ? about.join(" · ") : "All incidents"}</p>
      {error ? <FilterProblems error={error} /> : null}
      <div className={styles.controls}>
        <FilterPanel filter={filter} pageQuery={pageQuery} path="/bulletin" statusChoice={statusChoice} actorNames={actorNames} />
        <FilterChips filter={filter} pageQuery={pageQuery} path="/bulletin" />
        <MonthForm filterQuery={filterQuery} month={month} period={b?.period ?? null} />
      </div>
      {!b ? (
        <IncidentListEmpty filtered={filterQuery !== ""} />
      ) : (
        <div className={styles.sections}>
          <HeadlineFigures figures={b.figures} filterQuery={filterQuery} />
          <BulletinMap provinces={b.provinces} deadliest={b.deadliest} period={b.period} filterQuery={filterQuery} />
          <p className={`muted ${styles.trendNote}`}>
            The charts cover {periodLabel(b.trends.range)}:{" "}
            <Link href={hrefFor("/trends", withFilter(filterQuery, b.trends.range))}>the trends page for these months</Link>.
          </p>
          <VictimsChart victims={b.trends.victims} months={b.trends.months} range={b.trends.range} filterQuery={filterQuery} />
          <SmallMultiples
            id="by-type"
            title="By event type"
            by="event type"
            param="eventType"
            series={b.trends.byEventType}
            months={b.trends.months}
            range={b.trends.range}
            filterQuery={filterQuery}
          />
          <DeadliestList incidents={b.deadliest} />
          <section aria-labelledby="claims-heading" className="card">
            <h2 id="claims-heading">New claims and allegations</h2>
            {b.claimCount > b.claims.length ? (
              <p className="muted">
                The latest {formatNumber(b.claims.length)} of {formatNumber(b.claimCount)}.
              </p>
            ) : null}
            <ProfileClaims claims={b.claims} empty="No claim, allegation or denial is recorded on the period's incidents." />
          </section>
          <MethodNote />
        </div>
      )}
    </div>
  );
}
