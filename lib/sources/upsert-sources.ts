import type { Prisma } from "@/generated/prisma/client";
import { isoDateToUtc } from "@/lib/dates/iso-date";
import { normaliseUrl, type Source } from "./schema";
import { ARCHIVED_COPY_COLUMNS, archivedCopyColumns } from "./archived-copy";

/**
 * Finds or creates each source by its URL, so an article cited by several incidents is one record.
 * Fields an existing record lacks are filled in; what it already says is kept. An archived copy is
 * kept whole: a source that has one keeps its text, hash and capture time.
 * Returns the source id for each normalised URL.
 */
export async function upsertSources(tx: Prisma.TransactionClient, sources: Source[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const capturedAt = new Date();
  for (const s of sources) {
    const url = normaliseUrl(s.url);
    const existing = await tx.source.findUnique({ where: { url } });
    const fields = {
      outlet: s.outlet,
      headline: s.headline,
      publishedAt: s.publishedAt ? isoDateToUtc(s.publishedAt) : null,
      language: s.language,
      notes: s.notes,
      ...archivedCopyColumns(s.archivedText, capturedAt),
    };
    if (!existing) {
      ids.set(url, (await tx.source.create({ data: { url, ...fields }, select: { id: true } })).id);
      continue;
    }
    const copyKept = existing.archivedText !== null;
    const missing = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => v !== null && existing[k as keyof typeof fields] === null && !(copyKept && ARCHIVED_COPY_COLUMNS.has(k))),
    );
    if (Object.keys(missing).length) await tx.source.update({ where: { id: existing.id }, data: missing });
    ids.set(url, existing.id);
  }
  return ids;
}
