import type { Db } from "@/lib/create-db";
import type { Prisma } from "@/generated/prisma/client";
import { upsertSources } from "@/lib/sources/upsert-sources";
import { findActorByName, findOrCreateActor } from "@/lib/actors/resolve-actor";
import { refFromText, sourceRef } from "@/lib/sources/schema";
import { isoDateToUtc } from "@/lib/dates/iso-date";
import { figureRows } from "@/lib/sources/report/report-record";
import { factsToColumn } from "@/lib/sources/report/reported-facts";
import { toIncidentRow } from "./incident-row";
import type { IncidentData } from "../schema";

/**
 * The one write path for incidents: the app, the seed, imports and the e2e fixtures all go through
 * it. `insertIncident` runs in its own transaction; the `...In` forms run
 * inside a caller's transaction. Bulk imports use write-incidents-bulk.ts, which writes the same rows.
 */
export async function insertIncident(db: Db, data: IncidentData): Promise<number> {
  return db.$transaction((tx) => createIncidentIn(tx, data));
}

/** Record-keeping an import may carry: the outside id, and the Atlas id and times of a restored record. */
export type IncidentKeeping = {
  externalId?: string | null;
  id?: number;
  version?: number;
  createdAt?: Date;
  updatedAt?: Date;
};

export async function createIncidentIn(tx: Prisma.TransactionClient, data: IncidentData, keeping: IncidentKeeping = {}): Promise<number> {
  const { id } = await tx.incident.create({ data: { ...toIncidentRow(data), ...keeping }, select: { id: true } });
  await writeRelations(tx, id, data);
  return id;
}

export async function replaceIncidentIn(
  tx: Prisma.TransactionClient,
  id: number,
  data: IncidentData,
  keeping: Pick<IncidentKeeping, "externalId"> = {},
): Promise<boolean> {
  // The status is left as it is: only a review step changes it (lib/incidents/review/, decision 017),
  // so an edit, a restored version or an added source never publishes or unpublishes a record.
  const row: Partial<ReturnType<typeof toIncidentRow>> = toIncidentRow(data);
  delete row.status;
  const { count } = await tx.incident.updateMany({
    where: { id, deletedAt: null },
    data: { ...row, ...keeping, version: { increment: 1 } },
  });
  if (count === 0) return false;
  await tx.claim.deleteMany({ where: { incidentId: id } });
  await tx.incidentActor.deleteMany({ where: { incidentId: id } });
  await tx.reportedFigure.deleteMany({ where: { incidentId: id } });
  await tx.incidentSource.deleteMany({ where: { incidentId: id } });
  await writeRelations(tx, id, data);
  return true;
}

async function writeRelations(tx: Prisma.TransactionClient, incidentId: number, data: IncidentData) {
  const sourceIds = await upsertSources(tx, data.sources);
  const linked = data.sources.map((s) => ({ s, sourceId: sourceIds.get(sourceRef(s))! }));
  await tx.incidentSource.createMany({
    data: linked.map(({ s, sourceId }, position) => ({
      incidentId,
      sourceId,
      quote: s.quote,
      originator: s.report.originator,
      reportedFacts: factsToColumn(s.report.facts),
      position,
    })),
  });
  await tx.reportedFigure.createMany({
    data: linked.flatMap(({ s, sourceId }) => figureRows(s.report).map((f) => ({ incidentId, sourceId, ...f }))),
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
        sourceId: sourceIds.get(refFromText(c.sourceUrl)) ?? null,
        position,
      },
    });
  }
}
