import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CountTable } from "@/components/profiles/count-table";
import { IncidentList } from "@/components/incident/incident-list";
import { PeriodComparison } from "@/components/trends/period-comparison";
import { SmallMultiples } from "@/components/trends/small-multiples";
import { VictimsChart } from "@/components/trends/victims-chart";
import { IncidentFilterSchema } from "@/lib/incidents/filter/filter";
import { hrefFor, withFilter } from "@/lib/incidents/filter/filter-url";
import { listIncidents } from "@/lib/incidents/queries.server";
import type { ListOrder } from "@/lib/incidents/list/sort";
import { trends } from "@/lib/incidents/trends/trends.server";
import { provinceByCode, provincePerpetrators } from "@/lib/incidents/profiles/province-profile.server";
import styles from "@/components/profiles/profile.module.css";

type Props = { params: Promise<{ code: string }> };

async function load(params: Props["params"]) {
  const province = provinceByCode((await params).code);
  if (!province) notFound();
  return province;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).name };
}

const DEADLIEST: ListOrder = { sort: "killed", dir: "desc" };

/** A province's profile: its trend, its deadliest incidents and its perpetrators. */
export default async function ProvincePage({ params }: Props) {
  const province = await load(params);
  const filter = IncidentFilterSchema.parse({ province: [province.iso] });
  const filterQuery = withFilter("", { province: province.iso });
  const [data, deadliest, perpetrators] = await Promise.all([trends(filter), listIncidents(filter, DEADLIEST, {}, 10), provincePerpetrators(province.iso)]);
  const sortHref = (order: ListOrder) => hrefFor("/incidents", withFilter(filterQuery, {}) + `&sort=${order.sort}&dir=${order.dir}`);
  return (
    <div>
      <div className="page-head">
        <h1>{province.name}</h1>
        <p className="muted">
          {province.country === "PAK" ? "Pakistan" : "Afghanistan"} · {province.iso} ·{" "}
          <Link href={hrefFor("/trends", filterQuery)}>Trends with the full filter</Link> ·{" "}
          <Link href={hrefFor("/incidents", filterQuery)}>All its incidents</Link>
        </p>
      </div>
      {!data ? (
        <div className="card empty-state">
          <h2>No incidents recorded in {province.name}</h2>
          <p>
            <Link href="/incidents">Show all incidents</Link>
          </p>
        </div>
      ) : (
        <div className={styles.sections}>
          <PeriodComparison comparison={data.comparison} filterQuery={filterQuery} datesFromFilter={false} />
          <VictimsChart victims={data.victims} months={data.months} range={data.range} filterQuery={filterQuery} />
          <section aria-labelledby="deadliest-heading" className="card">
            <h2 id="deadliest-heading">Most deadly incidents</h2>
            <IncidentList items={deadliest.items} order={DEADLIEST} sortHref={sortHref} />
          </section>
          <section aria-labelledby="perpetrators-heading" className="card">
            <h2 id="perpetrators-heading">Perpetrators</h2>
            <CountTable
              caption={`Perpetrators of incidents in ${province.name}`}
              head="Perpetrator"
              empty="No perpetrator recorded."
              rows={perpetrators.map((p) => ({ key: String(p.id), label: p.name, href: `/actors/${p.id}`, count: p.count, killed: p.killed }))}
            />
          </section>
          <SmallMultiples
            id="by-type"
            title="By event type"
            by="event type"
            param="eventType"
            series={data.byEventType}
            months={data.months}
            range={data.range}
            filterQuery={filterQuery}
          />
        </div>
      )}
    </div>
  );
}
