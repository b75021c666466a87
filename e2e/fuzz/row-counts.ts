import type { Db } from "@/lib/create-db";

/** How many rows each table a write can touch holds: equal before and after means nothing was written. */
export async function rowCounts(db: Db) {
  const [incidents, sources, claims, actors, incidentActors, audit, users, invites, tokens] = await Promise.all([
    db.incident.count(),
    db.source.count(),
    db.claim.count(),
    db.actor.count(),
    db.incidentActor.count(),
    db.auditEvent.count(),
    db.user.count(),
    db.invite.count(),
    db.apiToken.count(),
  ]);
  const versions = await db.incident.aggregate({ _sum: { version: true } });
  return { incidents, sources, claims, actors, incidentActors, audit, users, invites, tokens, versionSum: versions._sum.version ?? 0 };
}

/** The highest ids before a fuzz run, so what accepted cases created can be removed afterwards. */
export async function idMarks(db: Db) {
  const [incident, source, actor] = await Promise.all([
    db.incident.aggregate({ _max: { id: true } }),
    db.source.aggregate({ _max: { id: true } }),
    db.actor.aggregate({ _max: { id: true } }),
  ]);
  return { incident: incident._max.id ?? 0, source: source._max.id ?? 0, actor: actor._max.id ?? 0 };
}

/** Removes the incidents, sources and actors created after the marks (accepted fuzz cases). */
export async function removeCreatedAfter(db: Db, marks: Awaited<ReturnType<typeof idMarks>>) {
  await db.incident.deleteMany({ where: { id: { gt: marks.incident } } });
  await db.source.deleteMany({ where: { id: { gt: marks.source }, incidents: { none: {} } } });
  await db.actor.deleteMany({ where: { id: { gt: marks.actor }, incidents: { none: {} } } });
}
