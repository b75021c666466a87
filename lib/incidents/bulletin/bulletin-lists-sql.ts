import { Prisma } from "@/generated/prisma/client";
import { addDays } from "@/lib/dates/iso-date";
import type { Period } from "../trends/compare-periods";

/**
 * The bulletin's short lists (the ten deadliest, each footnote's incidents, the latest claims) as
 * rows of one statement: `list` (which), `n` (place in it, from 1) and `id` (decision 022, amendment of
 * 2026-12-06). Only ids are read: the date and killed indexes that cover the filter's columns then
 * answer without reading each incident's row; titles and details follow for the few ids chosen.
 */

export const ORDER = {
  // The list's "killed" order (list-page.ts).
  deadliest: Prisma.sql`i."killedTotal" DESC NULLS LAST, i."eventDate" DESC, i."id" DESC`,
  // Index order: over the charts' twelve months, sorting every incident by its toll cost more than the rest of the bulletin.
  latest: Prisma.sql`i."eventDate" DESC, i."id" DESC`,
};

/** The incidents a list is chosen from: a FROM clause aliased `i` and its condition. */
export type ListSource = { from: Prisma.Sql; where: Prisma.Sql };

/** A list's name is a constant of the code (it is written into the SQL). */
export type ListSpec = { list: string; source: ListSource; order: keyof typeof ORDER; limit: number };

/** A period's days as filterToSql writes them, for rows already filtered otherwise. */
export const inPeriod = (p: Period) => Prisma.sql`i."eventDate" >= ${p.from} AND i."eventDate" < ${addDays(p.to, 1)}`;

/*
 * `n` numbers the rows as the limited subquery hands them over, in its ORDER BY (SQLite and
 * PostgreSQL both pass a sorted subquery on in order; bulletin.test.ts checks the order on both). A
 * ROW_NUMBER() OVER (ORDER BY …) inside would sort every candidate instead of keeping the top few.
 */
const numbered = (list: string, limited: Prisma.Sql) =>
  Prisma.sql`SELECT ${Prisma.raw(`'${list}'`)} AS list, ROW_NUMBER() OVER () AS n, l.id AS id FROM (${limited}) AS l`;

const listRows = ({ list, source, order, limit }: ListSpec) =>
  numbered(list, Prisma.sql`SELECT i."id" AS id FROM ${source.from} WHERE ${source.where} ORDER BY ${ORDER[order]} LIMIT ${limit}`);

/** The latest claims about the source's incidents (the claims' order before), listed as `claims`. */
const claimRows = (source: ListSource, limit: number) =>
  numbered(
    "claims",
    Prisma.sql`SELECT c."id" AS id FROM "Claim" c JOIN ${source.from} ON i."id" = c."incidentId" WHERE ${source.where}
      ORDER BY c."madeOn" DESC NULLS LAST, i."eventDate" DESC, c."id" LIMIT ${limit}`,
  );

/** Every list and the claims as one UNION ALL of (list, n, id). */
export function listsSql(lists: ListSpec[], claims: { source: ListSource; limit: number }): Prisma.Sql {
  return Prisma.join([...lists.map(listRows), claimRows(claims.source, claims.limit)], " UNION ALL ");
}

/** The claims of the source's incidents, counted. */
export const claimCountSql = (source: ListSource) =>
  Prisma.sql`SELECT COUNT(*) FROM "Claim" c JOIN ${source.from} ON i."id" = c."incidentId" WHERE ${source.where}`;
