import type { Prisma } from "@/generated/prisma/client";
import { isoDateToUtc } from "@/lib/dates/iso-date";
import { sourceRef, type Source } from "./schema";
import { ARCHIVED_COPY_COLUMNS, archivedCopyColumns } from "./archived-copy";
import { replacesDatasetCopy } from "./dataset-copy";

/**
 * Finds or creates each source by its URL (an article) or its dataset record, so a source cited by
 * several incidents is one record. Fields an existing record lacks are filled in; what it already
 * says is kept. An article's archived copy is kept whole: a source that has one keeps its text, hash
 * and capture time. A dataset record's copy is the data set's own text for the record, so a new text
 * replaces it (docs/decisions/020-dataset-sources.md).
 * Returns the source id for each source's reference (sourceRef).
 */
export async function upsertSources(tx: Prisma.TransactionClient, sources: Source[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const capturedAt = new Date();
  for (const s of sources) {
    const ref = sourceRef(s);
    const where = s.url ? { url: ref } : { datasetRecord: ref };
    const existing = await tx.source.findUnique({ where });
    const fields = {
      outlet: s.outlet,
      headline: s.headline,
      publishedAt: s.publishedAt ? isoDateToUtc(s.publishedAt) : null,
      language: s.language,
      notes: s.notes,
      ...archivedCopyColumns(s.archivedText, capturedAt),
    };
    if (!existing) {
      ids.set(ref, (await tx.source.create({ data: { url: null, datasetRecord: null, ...where, ...fields }, select: { id: true } })).id);
      continue;
    }
    const copyKept = existing.archivedText !== null;
    const missing = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => v !== null && existing[k as keyof typeof fields] === null && !(copyKept && ARCHIVED_COPY_COLUMNS.has(k))),
    );
    const copy = replacesDatasetCopy(existing, s.archivedText) ? archivedCopyColumns(s.archivedText, capturedAt) : {};
    const update = { ...missing, ...copy };
    if (Object.keys(update).length) await tx.source.update({ where: { id: existing.id }, data: update });
    ids.set(ref, existing.id);
  }
  return ids;
}
