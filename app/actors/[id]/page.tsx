import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CountTable } from "@/components/profiles/count-table";
import { ProfileClaims } from "@/components/profiles/profile-claims";
import { SmallMultiples } from "@/components/trends/small-multiples";
import { getActorProfile } from "@/lib/incidents/profiles/actor-profile.server";
import { formatNumber } from "@/lib/format/intl";
import { hrefFor, withFilter } from "@/lib/incidents/filter/filter-url";
import styles from "@/components/profiles/profile.module.css";

type Props = { params: Promise<{ id: string }> };

const KIND_LABELS: Record<string, string> = { armed_group: "Armed group", state_force: "State force", government: "Government", other: "Other" };

async function load(params: Props["params"]) {
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id)) notFound();
  const profile = await getActorProfile(Number(id));
  if (!profile) notFound();
  return profile;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).actor.name };
}

/** An actor's profile: aliases, incidents over time, where, whom it targets, and the claims it made or was named in. */
export default async function ActorPage({ params }: Props) {
  const { actor, roles, timeline, provinces, targetTypes, targetActors, claimsMade, claimsAbout } = await load(params);
  const actorQuery = withFilter("", { actor: actor.name });
  const total = timeline?.series.total.count ?? 0;
  return (
    <div>
      <div className="page-head">
        <h1>{actor.name}</h1>
        <p className="muted">{KIND_LABELS[actor.kind] ?? actor.kind}</p>
      </div>
      <div className={styles.sections}>
        <section aria-labelledby="about-heading" className="card">
          <h2 id="about-heading">About</h2>
          <p>
            {actor.aliases.length ? `Also known as ${actor.aliases.join(", ")}.` : "No other names recorded."} Recorded in {formatNumber(total)}{" "}
            {total === 1 ? "incident" : "incidents"}: as perpetrator in {formatNumber(roles.perpetrator ?? 0)}, as target in {formatNumber(roles.target ?? 0)}.{" "}
            <Link href={hrefFor("/incidents", actorQuery)}>List its incidents</Link> or <Link href={hrefFor("/trends", actorQuery)}>see their trends</Link>.
          </p>
        </section>
        {timeline ? (
          <SmallMultiples
            id="over-time"
            title="Incidents over time"
            by="actor"
            param="actor"
            series={[timeline.series]}
            months={timeline.months}
            range={timeline.range}
            filterQuery=""
          />
        ) : (
          <p className="card muted">No incidents recorded with this actor.</p>
        )}
        <section aria-labelledby="where-heading" className="card">
          <h2 id="where-heading">Where</h2>
          <CountTable
            caption="Incidents by province"
            head="Province"
            empty="No incidents with a province."
            rows={provinces.map((p) => ({ key: p.iso, label: p.name, href: `/provinces/${p.iso}`, count: p.count, killed: p.killed }))}
          />
        </section>
        <section aria-labelledby="targets-heading" className="card">
          <h2 id="targets-heading">Whom it targets</h2>
          <CountTable
            caption="Target types of its attacks"
            head="Target type"
            empty="Not recorded as the perpetrator of any incident."
            rows={targetTypes.map((t) => ({
              key: t.target,
              label: t.target,
              count: t.count,
              killed: t.killed,
            }))}
          />
          {targetActors.length ? (
            <CountTable
              caption="Actors recorded as targets of its attacks"
              head="Targeted actor"
              empty=""
              rows={targetActors.map((t) => ({ key: String(t.id), label: t.name, href: `/actors/${t.id}`, count: t.count }))}
            />
          ) : null}
        </section>
        <section aria-labelledby="claims-made-heading" className="card">
          <h2 id="claims-made-heading">Claims, allegations and denials it made</h2>
          <ProfileClaims claims={claimsMade} empty="None recorded." />
        </section>
        <section aria-labelledby="claims-about-heading" className="card">
          <h2 id="claims-about-heading">Claims, allegations and denials naming it</h2>
          <ProfileClaims claims={claimsAbout} empty="None recorded." />
        </section>
      </div>
    </div>
  );
}
