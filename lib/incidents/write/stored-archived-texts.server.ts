import "server-only";
import { db } from "@/lib/db.server";
import { normaliseUrl } from "@/lib/sources/schema";

type LooseSource = { url?: unknown; datasetRecord?: unknown; archivedText?: unknown };

const urlKey = (url: unknown) => {
  try {
    return typeof url === "string" ? normaliseUrl(url) : null;
  } catch {
    return null;
  }
};

/**
 * The input with each already-stored source's archived copy added where the input has none, so the
 * schema can check a report's quotes against it (docs/decisions/015-source-reports.md): the form and
 * the API send a source by its URL, not its text. What the input says is not changed otherwise.
 */
export async function withStoredArchivedTexts(input: unknown): Promise<unknown> {
  const sources = (input as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return input;
  const wanted = sources.filter((s: LooseSource) => s && typeof s === "object" && !s.archivedText).map((s: LooseSource) => urlKey(s.url));
  const urls = [...new Set(wanted.filter((u): u is string => u !== null))];
  // A dataset record (decision 020) is found by its name.
  const records = [
    ...new Set(
      sources.flatMap((s: LooseSource) =>
        s && typeof s === "object" && !s.archivedText && typeof s.datasetRecord === "string" ? [s.datasetRecord.trim()] : [],
      ),
    ),
  ];
  if (urls.length === 0 && records.length === 0) return input;
  const stored = await db.source.findMany({
    where: { OR: [{ url: { in: urls } }, { datasetRecord: { in: records } }], archivedText: { not: null } },
    select: { url: true, datasetRecord: true, archivedText: true },
  });
  if (stored.length === 0) return input;
  const texts = new Map(stored.map((s) => [s.url ?? `dataset:${s.datasetRecord}`, s.archivedText]));
  const keyOf = (s: LooseSource) =>
    typeof s.datasetRecord === "string" && s.datasetRecord.trim() ? `dataset:${s.datasetRecord.trim()}` : (urlKey(s.url) ?? "");
  return {
    ...(input as object),
    sources: sources.map((s: LooseSource) => {
      const text = s && typeof s === "object" && !s.archivedText ? texts.get(keyOf(s)) : undefined;
      return text ? { ...s, archivedText: text } : s;
    }),
  };
}
