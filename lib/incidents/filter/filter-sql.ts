import { Prisma } from "@/generated/prisma/client";
import { addDays } from "@/lib/dates/iso-date";
import type { IncidentFilter } from "./filter";
import { ANY_STATUS, PUBLIC_STATUS } from "@/lib/taxonomy/statuses";
import { actorIdsMatchingSql } from "./actor-match";
import type { TextSearchPlan } from "./text-plan";
import { postgresTextMatchSql } from "./postgres-text-search";
import { postgresDialect, sqliteDialect } from "@/lib/database/sql-dialect";

/**
 * A LIKE pattern matching `q` anywhere. Prisma's `contains` on SQLite does not escape % and _ in the
 * value (they act as wildcards), so neither does this: both filters must select the same rows.
 */
export function containsPattern(q: string): string {
  return `%${q}%`;
}

const contains = (column: Prisma.Sql, q: string) => Prisma.sql`${column} LIKE ${containsPattern(q)}`;

/**
 * Whether `q` has a run of 3+ characters free of LIKE's wildcards (% and _), which is what the
 * trigram index needs: without one, FTS5 answers a LIKE by reading every row of the index, slower
 * than LIKE on the tables themselves.
 */
export function hasTrigram(q: string): boolean {
  return q.split(/[%_]/).some((run) => [...run].length >= 3);
}

export type { TextSearchPlan };

/** The plan without knowing how many rows the text matches: the index whenever it can be used. */
export function defaultTextSearchPlan(q: string): TextSearchPlan {
  const use = hasTrigram(q) ? "index" : "scan";
  return { incidents: use, headlines: use };
}

/** The incidents' columns free text is searched in (a source's headline and archived copy too). */
export const INCIDENT_TEXT_COLUMNS = ["title", "summary", "location", "district"] as const;

/**
 * An FTS5 query for the rows holding trigrams that cover each of `q`'s wildcard-free runs: `"Pes" AND
 * "haw" AND "war"` for Peshawar (every third start, and the run's last trigram). With detail='none' the
 * index knows rows, not columns or positions, so this is what it can answer, and it answers it once
 * for the whole row: a LIKE per column ran the same lookup once per column (and an OR of them read
 * every row of the table, 384 ms for 'Peshawar' at a million). The candidates are then checked with
 * LIKE (decision 028), so fewer trigrams change only the speed: a row holding the text holds every
 * trigram of it. FTS5 reads each trigram's whole list of rows, so a cover instead of every trigram
 * (3 of Peshawar's 6) costs a third to a half as much at a million, for the same candidates there.
 */
export function trigramQuery(q: string): string {
  const grams = new Set<string>();
  for (const run of q.split(/[%_]/)) {
    const chars = [...run];
    if (chars.length < 3) continue;
    for (let k = 0; k + 3 <= chars.length; k += 3) grams.add(chars.slice(k, k + 3).join(""));
    grams.add(chars.slice(-3).join(""));
  }
  return [...grams].map((g) => `"${g.replaceAll('"', '""')}"`).join(" AND ");
}

/** The rowids of an FTS5 trigram table holding every trigram of `q` (a superset of the LIKE matches). */
export function trigramCandidates(table: string, q: string): Prisma.Sql {
  const name = Prisma.raw(`"${table}"`);
  return Prisma.sql`SELECT "rowid" FROM ${name} WHERE ${name} MATCH ${trigramQuery(q)}`;
}

/**
 * `q` anywhere in the title, summary, place, district or a source's headline or archived copy, as Prisma's `contains`
 * (LIKE) finds it. "index": the FTS5 trigram indexes (docs/decisions/006) give the rows holding
 * every trigram of `q` (trigramCandidates), and the ordinary LIKE checks each, so the result is the same.
 * "scan": LIKE on the tables, for text without a trigram or matching a large share of the rows.
 */
function textMatchSql(q: string, plan: TextSearchPlan): Prisma.Sql {
  if (plan.database === "postgresql") return postgresTextMatchSql(q, plan);
  const incidentLike = Prisma.join(
    INCIDENT_TEXT_COLUMNS.map((c) => contains(Prisma.raw(`i."${c}"`), q)),
    " OR ",
  );
  const sourceLike = Prisma.sql`${contains(Prisma.sql`s."headline"`, q)} OR ${contains(Prisma.sql`s."archivedText"`, q)}`;
  const incidents =
    plan.incidents === "index" && hasTrigram(q) ? Prisma.sql`(i."id" IN (${trigramCandidates("IncidentTextSearch", q)}) AND (${incidentLike}))` : incidentLike;
  const headlines =
    plan.headlines === "index" && hasTrigram(q)
      ? Prisma.sql`i."id" IN (SELECT isrc."incidentId" FROM "IncidentSource" isrc JOIN "Source" s ON s."id" = isrc."sourceId"
          WHERE isrc."sourceId" IN (${trigramCandidates("SourceTextSearch", q)}) AND (${sourceLike}))`
      : Prisma.sql`i."id" IN (SELECT isrc."incidentId" FROM "IncidentSource" isrc JOIN "Source" s ON s."id" = isrc."sourceId"
          WHERE ${contains(Prisma.sql`s."headline"`, q)} OR ${contains(Prisma.sql`s."archivedText"`, q)})`;
  return Prisma.sql`(${incidents} OR ${headlines})`;
}

/** `id` is an incident of one of the actors `terms` name. */
export function actorMatchSql(id: Prisma.Sql, terms: readonly string[]): Prisma.Sql {
  // IN (subquery) is evaluated once; a correlated EXISTS would run per incident row.
  return Prisma.sql`${id} IN (SELECT ia."incidentId" FROM "IncidentActor" ia WHERE ia."actorId" IN (${actorIdsMatchingSql(terms)}))`;
}

/**
 * The same filter as filterToWhere, as a parameterised SQL condition over `Incident` aliased `i`, for
 * the aggregate queries ($queryRaw) that Prisma's query API cannot express (GROUP BY expressions).
 * filter-sql.test.ts checks that both select the same incidents.
 *
 * Dates are stored as ISO text ("2024-03-16T00:00:00.000+00:00", the adapter's iso8601 format), so
 * day strings compare correctly and keep the (…, eventDate) indexes usable: `to` is inclusive, hence
 * "before the next day".
 */
export function filterToSql(f: IncidentFilter, textPlan?: TextSearchPlan): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`i."deletedAt" IS NULL`];
  const inList = (column: string, values: readonly string[]) => Prisma.sql`${Prisma.raw(`i."${column}"`)} IN (${Prisma.join(values)})`;
  if (f.province.length) and.push(inList("provinceIso", f.province));
  if (f.country.length) and.push(inList("countryIso3", f.country));
  if (f.from) and.push(Prisma.sql`i."eventDate" >= ${f.from}`);
  if (f.to) and.push(Prisma.sql`i."eventDate" < ${addDays(f.to, 1)}`);
  if (f.eventType.length) and.push(inList("eventType", f.eventType));
  if (f.subEventType.length) and.push(inList("subEventType", f.subEventType));
  if (f.minKilled !== undefined) and.push(Prisma.sql`i."killedTotal" >= ${f.minKilled}`);
  // No status asked for: published records only (decision 017); readerFilter decides who may ask.
  if (f.status !== ANY_STATUS) and.push(Prisma.sql`i."status" = ${f.status ?? PUBLIC_STATUS}`);
  // Disputed figures are a few incidents; ANALYZE's average per value (two values) tells the planner
  // otherwise, and it walked a province or date index over every row checking the flag (seconds at a
  // million). As a subquery of their own they are read through the flag's index, a short list of ids.
  if (f.disputed) and.push(Prisma.sql`i."id" IN (SELECT d."id" FROM "Incident" d WHERE d."figuresDisputed" = TRUE AND d."deletedAt" IS NULL)`);
  if (textPlan?.matches !== undefined && (f.q || f.actor.length)) {
    const ids = (textPlan.database === "postgresql" ? postgresDialect : sqliteDialect).jsonValues(textPlan.matches, "int");
    and.push(Prisma.sql`i."id" IN (${ids})`);
    return Prisma.join(and, " AND ");
  }
  if (f.actor.length) and.push(actorMatchSql(Prisma.sql`i."id"`, f.actor));
  if (f.q) and.push(textMatchSql(f.q, textPlan ?? defaultTextSearchPlan(f.q)));
  return Prisma.join(and, " AND ");
}
