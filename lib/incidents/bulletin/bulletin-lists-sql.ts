import { Prisma } from "@/generated/prisma/client";
import { addDays } from "@/lib/dates/iso-date";
import type { Period } from "../trends/compare-periods";

/**
 * The bulletin's short lists (the ten deadliest, each footnote's incidents, the latest claims) as
 * rows of one statement: `list` (which), `n` (place in it, from 1) and `id` (decision 022, amendment of
 * 2026-12-06). Only ids are read: the date and killed indexes that cover the filter's columns then
 * answer without reading each incident's row; titles and details follow for the few ids chosen.
 */

/**
 * Each order twice: over the incidents (`i`) to pick the top few, and over the picked rows (`l`, with
 * the keys selected beside the id) to number them. Numbering by the rows' arrival order would rely on
 * the database passing a sorted subquery on in order, which SQL does not promise; sorting the few
 * picked rows again costs nothing, while ROW_NUMBER() over every candidate would sort them all.
 */
const ORDER = {
  // The list's "killed" order (list-page.ts).
  deadliest: {
    keys: Prisma.sql`i."killedTotal" AS "killedTotal", i."eventDate" AS "eventDate"`,
    pick: Prisma.sql`i."killedTotal" DESC NULLS LAST, i."eventDate" DESC, i."id" DESC`,
    number: Prisma.sql`l."killedTotal" DESC NULLS LAST, l."eventDate" DESC, l.id DESC`,
  },
  // Index order: over the charts' twelve months, sorting every incident by its toll cost more than the rest of the bulletin.
  latest: {
    keys: Prisma.sql`i."eventDate" AS "eventDate"`,
    pick: Prisma.sql`i."eventDate" DESC, i."id" DESC`,
    number: Prisma.sql`l."eventDate" DESC, l.id DESC`,
  },
};

/** The incidents a list is chosen from: a FROM clause aliased `i` and its condition. */
export type ListSource = { from: Prisma.Sql; where: Prisma.Sql };

/** A list's name is a constant of the code (it is written into the SQL). */
export type ListSpec = { list: string; source: ListSource; order: keyof typeof ORDER; limit: number };

/** A period's days as filterToSql writes them, for rows already filtered otherwise. */
export const inPeriod = (p: Period) => Prisma.sql`i."eventDate" >= ${p.from} AND i."eventDate" < ${addDays(p.to, 1)}`;

const numbered = (list: string, picked: Prisma.Sql, number: Prisma.Sql) =>
  Prisma.sql`SELECT ${Prisma.raw(`'${list}'`)} AS list, ROW_NUMBER() OVER (ORDER BY ${number}) AS n, l.id AS id FROM (${picked}) AS l`;

const listRows = ({ list, source, order, limit }: ListSpec) =>
  numbered(
    list,
    Prisma.sql`SELECT i."id" AS id, ${ORDER[order].keys} FROM ${source.from} WHERE ${source.where} ORDER BY ${ORDER[order].pick} LIMIT ${limit}`,
    ORDER[order].number,
  );

/** The latest claims about the source's incidents (the claims' order before), listed as `claims`. */
const claimRows = (source: ListSource, limit: number) =>
  numbered(
    "claims",
    Prisma.sql`SELECT c."id" AS id, c."madeOn" AS "madeOn", i."eventDate" AS "eventDate" FROM "Claim" c JOIN ${source.from} ON i."id" = c."incidentId"
      WHERE ${source.where} ORDER BY c."madeOn" DESC NULLS LAST, i."eventDate" DESC, c."id" LIMIT ${limit}`,
    Prisma.sql`l."madeOn" DESC NULLS LAST, l."eventDate" DESC, l.id`,
  );

/** Every list and the claims as one UNION ALL of (list, n, id). */
export function listsSql(lists: ListSpec[], claims: { source: ListSource; limit: number }): Prisma.Sql {
  return Prisma.join([...lists.map(listRows), claimRows(claims.source, claims.limit)], " UNION ALL ");
}

/** The claims of the source's incidents, counted. */
export const claimCountSql = (source: ListSource) =>
  Prisma.sql`SELECT COUNT(*) FROM "Claim" c JOIN ${source.from} ON i."id" = c."incidentId" WHERE ${source.where}`;
