import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";

/** Beyond this many matches the list says "more than 10,000" instead of counting on (decision 028). */
export const COUNT_CAP = 10_000;

/** How many incidents match: exact up to COUNT_CAP, else `{ count: COUNT_CAP, more: true }`. */
export type ListTotal = { count: number; more: boolean };

/**
 * Counts the rows matching `where` (over "Incident" aliased i) up to `cap` + 1: the cost stops
 * growing with the data once a filter matches more than the cap.
 */
export async function cappedCount(db: Db, where: Prisma.Sql, cap = COUNT_CAP): Promise<ListTotal> {
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>`
    SELECT COUNT(*) AS n FROM (SELECT 1 FROM "Incident" i WHERE ${where} LIMIT ${cap + 1}) AS capped`;
  const n = Number(row?.n ?? 0);
  return n > cap ? { count: cap, more: true } : { count: n, more: false };
}

/** "1 incident", "9,999 incidents", "more than 10,000 incidents". */
export function totalText({ count, more }: ListTotal): string {
  if (more) return `More than ${count.toLocaleString("en")} incidents`;
  return `${count.toLocaleString("en")} ${count === 1 ? "incident" : "incidents"}`;
}
