import { Prisma } from "@/generated/prisma/client";

/** `term` as a LIKE pattern (with ESCAPE '\') taken literally: %, _ and \ are characters, not wildcards. */
export function literalPattern(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern matching `term` literally anywhere ("al_qaeda" does not find "al-Qaeda"). */
export function literalContainsPattern(term: string): string {
  return `%${literalPattern(term)}%`;
}

/**
 * The ids of the actors whose name or an alias is LIKE `pattern`, whatever the case: lower() on both
 * sides, as SQLite's LIKE folds ASCII case and PostgreSQL's LIKE folds none (SQLite's lower() is
 * ASCII-only too, so its rows are the same as before; PostgreSQL's also folds other letters).
 */
const actorIdsLike = (pattern: string) =>
  Prisma.sql`SELECT a."id" AS id FROM "Actor" a WHERE lower(a."name") LIKE lower(${pattern}) ESCAPE '\\'
    UNION SELECT al."actorId" AS id FROM "ActorAlias" al WHERE lower(al."alias") LIKE lower(${pattern}) ESCAPE '\\'`;

/**
 * The ids of the actors a typed term finds, whatever its case: the actor it names or is an alias of
 * ("ttp"), or, when it names none, every actor whose name or an alias holds it ("talib" finds
 * Tehreek-e-Taliban Pakistan). A whole name stays exact, so "Balochistan Liberation Army" (an
 * actor profile's link) does not also find the Balochistan Liberation Army-Jeeyand. Several terms find
 * the actors any of them finds. The actor tables are small: scanning them costs nothing. The one
 * actor match, used by filter-sql.ts and actor-names.ts.
 */
export function actorIdsMatchingSql(terms: readonly string[]): Prisma.Sql {
  return Prisma.join(
    terms.map((term) => {
      const exact = actorIdsLike(literalPattern(term));
      return Prisma.sql`SELECT id FROM (${exact}) AS exact_match
        UNION SELECT id FROM (${actorIdsLike(literalContainsPattern(term))}) AS partial_match WHERE NOT EXISTS (${exact})`;
    }),
    " UNION ",
  );
}
