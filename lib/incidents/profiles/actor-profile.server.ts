import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import { incidentRecordSelect } from "../record/record";
import { findProvince } from "@/lib/taxonomy/provinces";
import { monthEnd, monthStart, monthsBetween } from "../trends/months";
import type { TrendSeries } from "../trends/trends-types";

/**
 * An actor's profile (/actors/[id]): every figure a GROUP BY over the incidents it is recorded in
 * (in the trash and unpublished ones excluded, decision 017), the same incidents the list's `?actor=<name>` filter selects.
 */
type Num = bigint | number | null;
const num = (v: Num) => Number(v ?? 0);

export type ActorProfile = NonNullable<Awaited<ReturnType<typeof getActorProfile>>>;
export type ProfileClaim = ActorProfile["claimsMade"][number];

/** A claim as an incident record holds it, with the incident it is about. */
export const claimSelect = { ...incidentRecordSelect.claims.select, incident: { select: { id: true, title: true } } } as const;

export async function getActorProfile(id: number) {
  const actor = await db.actor.findUnique({
    where: { id },
    select: { id: true, name: true, kind: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
  });
  if (!actor) return null;
  const mine = Prisma.sql`SELECT ia."incidentId" FROM "IncidentActor" ia WHERE ia."actorId" = ${id}`;
  const month = dialectOf(db).monthText(Prisma.sql`i."eventDate"`);
  const [months, roles, provinces, targetTypes, targetActors, claimsMade, claimsAbout] = await Promise.all([
    db.$queryRaw<{ month: string; count: Num; killed: Num }[]>`SELECT ${month} AS month, COUNT(*) AS count, SUM(i."killedTotal") AS killed
       FROM "Incident" i WHERE i."deletedAt" IS NULL AND i."status" = 'published' AND i."id" IN (${mine}) GROUP BY month ORDER BY month`,
    db.$queryRaw<
      { role: string; count: Num }[]
    >`SELECT ia."role" AS role, COUNT(*) AS count FROM "IncidentActor" ia JOIN "Incident" i ON i."id" = ia."incidentId"
       WHERE ia."actorId" = ${id} AND i."deletedAt" IS NULL AND i."status" = 'published' GROUP BY ia."role"`,
    db.$queryRaw<{ iso: string; count: Num; killed: Num }[]>`SELECT i."provinceIso" AS iso, COUNT(*) AS count, SUM(i."killedTotal") AS killed FROM "Incident" i
       WHERE i."deletedAt" IS NULL AND i."status" = 'published' AND i."provinceIso" IS NOT NULL AND i."id" IN (${mine}) GROUP BY iso ORDER BY count DESC, killed DESC, iso`,
    db.$queryRaw<
      { target: string; count: Num; killed: Num }[]
    >`SELECT COALESCE(i."targetType", 'Unknown') AS target, COUNT(*) AS count, SUM(i."killedTotal") AS killed FROM "Incident" i
       WHERE i."deletedAt" IS NULL AND i."status" = 'published' AND i."id" IN (${mine} AND ia."role" = 'perpetrator') GROUP BY COALESCE(i."targetType", 'Unknown') ORDER BY count DESC, killed DESC, 1`,
    db.$queryRaw<
      { id: number; name: string; count: Num }[]
    >`SELECT a."id" AS id, a."name" AS name, COUNT(*) AS count FROM "IncidentActor" t JOIN "Actor" a ON a."id" = t."actorId"
       JOIN "Incident" i ON i."id" = t."incidentId"
       WHERE t."role" = 'target' AND i."deletedAt" IS NULL AND i."status" = 'published' AND t."incidentId" IN (${mine} AND ia."role" = 'perpetrator')
       GROUP BY a."id" ORDER BY count DESC, a."name"`,
    db.claim.findMany({
      where: { claimantActorId: id, incident: { deletedAt: null, status: "published" } },
      select: claimSelect,
      orderBy: [{ madeOn: "desc" }, { id: "asc" }],
    }),
    // A group's own claim names it too; it is listed once, under the claims it made.
    db.claim.findMany({
      where: { subjectActorId: id, OR: [{ claimantActorId: null }, { claimantActorId: { not: id } }], incident: { deletedAt: null, status: "published" } },
      select: claimSelect,
      orderBy: [{ madeOn: "desc" }, { id: "asc" }],
    }),
  ]);
  const first = months[0]?.month;
  const last = months[months.length - 1]?.month;
  const range = first && last ? { from: monthStart(first), to: monthEnd(last) } : null;
  const allMonths = range ? monthsBetween(range.from, range.to) : [];
  const byMonth = new Map(months.map((m) => [m.month, { count: num(m.count), killed: num(m.killed) }]));
  const figures = allMonths.map((month) => ({ month, ...(byMonth.get(month) ?? { count: 0, killed: 0 }) }));
  const series: TrendSeries = {
    key: actor.name,
    label: actor.name,
    total: figures.reduce((t, f) => ({ count: t.count + f.count, killed: t.killed + f.killed }), { count: 0, killed: 0 }),
    months: figures,
  };
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const claims = (list: typeof claimsMade) => list.map((c) => ({ ...c, madeOn: day(c.madeOn) }));
  return {
    actor: { ...actor, aliases: actor.aliases.map((a) => a.alias) },
    roles: Object.fromEntries(roles.map((r) => [r.role, num(r.count)])) as Record<string, number>,
    timeline: range ? { series, months: allMonths, range } : null,
    provinces: provinces.map((p) => ({ iso: p.iso, name: findProvince(p.iso)?.name ?? p.iso, count: num(p.count), killed: num(p.killed) })),
    targetTypes: targetTypes.map((t) => ({ target: t.target, count: num(t.count), killed: num(t.killed) })),
    targetActors: targetActors.map((t) => ({ id: Number(t.id), name: t.name, count: num(t.count) })),
    claimsMade: claims(claimsMade),
    claimsAbout: claims(claimsAbout),
  };
}
