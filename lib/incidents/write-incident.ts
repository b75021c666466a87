import type { Db } from "@/lib/create-db";
import type { Prisma } from "@/generated/prisma/client";
import { upsertSources } from "@/lib/sources/upsert-sources";
import { findActorByName, findOrCreateActor } from "@/lib/actors/resolve-actor";
import { normaliseUrl } from "@/lib/sources/schema";
import { isoDateToUtc } from "@/lib/validation/iso-date";
import { toIncidentRow } from "./incident-row";
import type { IncidentData } from "./schema";

/**
 * The one write path for incidents, on a given client: the app, the seed, imports and the e2e
 * fixtures all go through it. Everything happens in one transaction.
 */
export async function insertIncident(db: Db, data: IncidentData): Promise<number> {
  return db.$transaction(async (tx) => {
    const { id } = await tx.incident.create({ data: toIncidentRow(data), select: { id: true } });
    await writeRelations(tx, id, data);
    return id;
  });
}

/** Replaces a live incident's fields and relations and bumps its version; false if there is none. */
export async function replaceIncident(db: Db, id: number, data: IncidentData): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.incident.updateMany({
      where: { id, deletedAt: null },
      data: { ...toIncidentRow(data), version: { increment: 1 } },
    });
    if (count === 0) return false;
    await tx.claim.deleteMany({ where: { incidentId: id } });
    await tx.incidentActor.deleteMany({ where: { incidentId: id } });
    await tx.incidentSource.deleteMany({ where: { incidentId: id } });
    await writeRelations(tx, id, data);
    return true;
  });
}

async function writeRelations(tx: Prisma.TransactionClient, incidentId: number, data: IncidentData) {
  const sourceIds = await upsertSources(tx, data.sources);
  await tx.incidentSource.createMany({
    data: data.sources.map((s, position) => ({
      incidentId,
      sourceId: sourceIds.get(normaliseUrl(s.url))!,
      quote: s.quote,
      position,
    })),
  });
  for (const a of data.actors) {
    const actorId = await findOrCreateActor(tx, a.name, a.kind);
    await tx.incidentActor.create({ data: { incidentId, actorId, role: a.role, certainty: a.certainty } });
  }
  for (const [position, c] of data.claims.entries()) {
    await tx.claim.create({
      data: {
        incidentId,
        kind: c.kind,
        claimantName: c.claimantName,
        claimantRole: c.claimantRole,
        claimantActorId: (await findActorByName(tx, c.claimantName))?.id ?? null,
        subject: c.subject,
        subjectActorId: (await findActorByName(tx, c.subject))?.id ?? null,
        statement: c.statement,
        madeOn: c.madeOn ? isoDateToUtc(c.madeOn) : null,
        sourceId: sourceIds.get(normaliseUrl(c.sourceUrl)) ?? null,
        position,
      },
    });
  }
}
